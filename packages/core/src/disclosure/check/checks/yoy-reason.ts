import type { NarrativeFigure } from '../../model/disclosure';
import { createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { resolveNarrativeFigure } from '../resolve-narrative-figure';

const RULE = 'yoy-reason';
/** 部门经济类 → 政府经济类 used when no catalogue crosswalk is loaded (rules.md R-CODE-02). */
const DEFAULT_CLASS_PAIRS: Readonly<Record<string, string>> = { '301': '501', '302': '502', '303': '509', '310': '503', '313': '510' };

/** disclosure-checks.md 15: every change has a reason, and the same line carries the same reason wherever it is explained. */
export const yoyReason: DisclosureCheck = {
  id: RULE,
  clause: 15,
  title: '增减变化有原因且同一项目原因一致',
  run: (ctx) => {
    const out: DisclosureFinding[] = [];
    const figures = ctx.disclosure.narrative.figures;
    for (const f of figures)
      if ((f.direction === 'increase' || f.direction === 'decrease' || f.direction === 'incomparable') && !f.reason)
        out.push(createDisclosureFinding({ rule: RULE, message: `说明第 ${f.line} 行“${f.label}”有增减变化但没有说明原因`, tables: ['说明'], evidence: { label: f.label, amount: f.amountText, change: f.changeText, line: f.line } }));
    const explained = figures.map((f, i) => ({ f, r: resolveNarrativeFigure(ctx, f, figures.slice(0, i)) })).filter((x) => x.f.reason);
    const seen = new Map<string, NarrativeFigure>();
    for (const { f, r } of explained) {
      if (!r || r === 'skip') continue;
      const first = seen.get(r.where);
      if (!first) seen.set(r.where, f);
      else if (first.reason !== f.reason)
        out.push(createDisclosureFinding({ rule: RULE, message: `同一项目“${r.where}”在说明中两处原因不同：第 ${first.line} 行“${first.reason}”，第 ${f.line} 行“${f.reason}”`, tables: ['说明'], evidence: { where: r.where, firstReason: first.reason, secondReason: f.reason, lines: [first.line, f.line] } }));
    }
    const pairs = pairClasses(ctx.catalogue?.crosswalk ?? null);
    const byCode = new Map(figures.filter((f) => f.code !== null && f.code.length === 3).map((f) => [f.code!, f]));
    for (const [dept, gov] of Object.entries(pairs)) {
      const a = byCode.get(dept);
      const b = byCode.get(gov);
      if (!a || !b || a.amount !== b.amount || a.change !== b.change || a.direction !== b.direction) continue;
      if (a.reason !== b.reason)
        out.push(
          createDisclosureFinding({
            rule: RULE,
            message: `部门经济分类 ${a.label} 与政府经济分类 ${b.label} 是同一笔支出（${a.amountText} 万元，较上年${a.changeText ?? ''}万元），原因却不同：“${a.reason ?? ''}”与“${b.reason ?? ''}”`,
            tables: ['说明'],
            field: `narrative.${b.span[0]}`,
            evidence: { deptCode: dept, govCode: gov, deptReason: a.reason, govReason: b.reason, amount: a.amountText, lines: [a.line, b.line] },
          }),
        );
    }
    return out;
  },
};

function pairClasses(crosswalk: Readonly<Record<string, readonly string[]>> | null): Record<string, string> {
  if (!crosswalk) return { ...DEFAULT_CLASS_PAIRS };
  const out: Record<string, string> = {};
  for (const [dept, govs] of Object.entries(crosswalk)) {
    const gov = govs[0];
    if (gov && !out[dept.slice(0, 3)]) out[dept.slice(0, 3)] = gov.slice(0, 3);
  }
  return { ...DEFAULT_CLASS_PAIRS, ...out };
}
