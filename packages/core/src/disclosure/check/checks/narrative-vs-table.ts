import { formatWan } from '../../../model/money';
import { createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { addAmounts } from '../disclosure-values';
import { resolveNarrativeFigure } from '../resolve-narrative-figure';

const RULE = 'narrative-vs-table';

/** disclosure-checks.md 13: every narrative amount equals its table (万元 rounded half-up from 元), plus lists and counts. */
export const narrativeVsTable: DisclosureCheck = {
  id: RULE,
  clause: 13,
  title: '说明中的数字与报表一致',
  run: (ctx) => {
    const d = ctx.disclosure;
    const out: DisclosureFinding[] = [];
    const figures = d.narrative.figures;
    figures.forEach((figure, i) => {
      const resolved = resolveNarrativeFigure(ctx, figure, figures.slice(0, i));
      if (resolved === 'skip') return;
      if (resolved === null) {
        out.push(createDisclosureFinding({ rule: RULE, severity: 'warning', message: `无法核对：说明第 ${figure.line} 行“${figure.label}${figure.amountText}万元”找不到对应的报表数字`, tables: ['说明'], evidence: { cannotRun: true, label: figure.label, narrative: figure.amountText, line: figure.line } }));
        return;
      }
      const expected = formatWan(resolved.value);
      if (expected !== figure.amountText.replace(/,/g, ''))
        out.push(createDisclosureFinding({ rule: RULE, message: `说明第 ${figure.line} 行“${figure.label}” ${figure.amountText} 万元，${resolved.where} 为 ${expected} 万元`, tables: ['说明', ...resolved.tables], field: `narrative.${figure.span[0]}`, evidence: { label: figure.label, narrative: figure.amountText, table: expected, tableFen: resolved.value, where: resolved.where, line: figure.line, span: [...figure.span] } }));
    });
    // 会议费培训费明细表: its training rows add up to 培训费, its meeting rows (会议 without 培训) to 会议费.
    const isMeeting = (name: string) => /会议/.test(name) && !/培训/.test(name);
    for (const [what, test] of [['培训费', (n: string) => !isMeeting(n)], ['会议费', isMeeting]] as const) {
      const figure = figures.find((f) => f.section === 'threePublic' && f.label.includes(what));
      const list = d.narrative.trainingList.filter((x) => test(x.name));
      const sum = addAmounts(list.map((x) => x.amount));
      if (figure && list.length > 0 && sum !== figure.amount)
        out.push(createDisclosureFinding({ rule: RULE, message: `会议费培训费明细表中${what === '培训费' ? '培训' : '会议'}金额之和 ${formatWan(sum)} 万元与${what} ${figure.amountText} 万元不一致`, tables: ['说明'], evidence: what === '培训费' ? { list: formatWan(sum), training: figure.amountText } : { list: formatWan(sum), meetings: figure.amountText } }));
    }
    const s = d.staffing;
    const sums: [string, number | null, number | null, number | null][] = [
      ['人员编制', s.authorised, s.authorisedAdministrative, s.authorisedInstitution],
      ['实有人员', s.actual, s.actualAdministrative, s.actualInstitution],
    ];
    for (const [what, total, a, b] of sums)
      if (total !== null && a !== null && b !== null && total !== a + b)
        out.push(createDisclosureFinding({ rule: RULE, message: `说明中${what} ${total} 人不等于行政 ${a} 人与事业 ${b} 人之和`, tables: ['说明'], evidence: { item: what, total, administrative: a, institution: b } }));
    const secondary = d.narrative.counts.find((c) => c.key === 'units.secondary');
    if (secondary && d.units.length > 0 && secondary.value !== d.units.length)
      out.push(createDisclosureFinding({ rule: RULE, message: `说明称预算单位 ${secondary.value} 个，表3列出 ${d.units.length} 个基层预算单位`, tables: ['说明', '表3'], evidence: { narrative: secondary.value, 表3: d.units.length } }));
    const vehiclesPlanned = d.narrative.counts.find((c) => c.key === 'assets.vehiclesPlanned');
    const vehicleMoney = addAmounts(d.generalEconomic?.rows.filter((r) => r.code === '31013').map((r) => r.total) ?? []);
    if (vehiclesPlanned && vehiclesPlanned.value === 0 && vehicleMoney > 0)
      out.push(createDisclosureFinding({ rule: RULE, message: `说明称当年不购置车辆，表6却安排公务用车购置 ${formatWan(vehicleMoney)} 万元`, tables: ['说明', '表6'], evidence: { narrative: 0, 表6: vehicleMoney } }));
    return out;
  },
};
