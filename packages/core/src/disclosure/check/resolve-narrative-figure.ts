import type { Fen } from '../../model/money';
import type { NarrativeFigure } from '../model/disclosure';
import type { DisclosureCheckContext } from './disclosure-check';
import { addAmounts, findCodeRow, findSummaryItem, normalizeLabel } from './disclosure-values';
import { listThreePublicGaps } from './checks/three-public-sum';

export interface ResolvedFigure {
  /** The table the narrative number must equal. */
  readonly tables: readonly string[];
  /** What in that table ("表5 2101103 公务员医疗补助 合计"). */
  readonly where: string;
  readonly value: Fen;
}

const THREE_PUBLIC: readonly [RegExp, 'threePublic' | 'overseasTravel' | 'reception' | 'vehicleOperation' | 'vehiclePurchase' | 'meetings' | 'training', string, readonly string[]][] = [
  [/三公/, 'threePublic', '“三公”经费', ['30212', '30217', '30231', '31013']],
  [/因公出国/, 'overseasTravel', '因公出国（境）费用', ['30212']],
  [/公务接待/, 'reception', '公务接待费', ['30217']],
  [/公务用车(运行|.*维护)/, 'vehicleOperation', '公务用车运行维护费', ['30231']],
  [/公务用车购置/, 'vehiclePurchase', '公务用车购置费', ['31013']],
  [/会议费/, 'meetings', '会议费', ['30215']],
  [/培训费/, 'training', '培训费', ['30216']],
];

/**
 * Finds the table number a narrative figure states: by section and label, or by the code in
 * brackets. Returns 'skip' for figures another check owns, null when no table number fits.
 */
export function resolveNarrativeFigure(ctx: DisclosureCheckContext, figure: NarrativeFigure, before: readonly NarrativeFigure[]): ResolvedFigure | 'skip' | null {
  const d = ctx.disclosure;
  const label = figure.label;
  const from = (tables: string[], where: string, value: Fen | null | undefined): ResolvedFigure | null => (value === undefined ? null : { tables, where, value: value ?? 0 });
  const generalTotal = (): ResolvedFigure | null => (d.generalFunction ? from(['表5'], '表5 一般公共预算支出合计', findCodeRow(d.generalFunction, null)?.total ?? null) : null);
  switch (figure.section) {
    case 'overall':
    case 'fiscal': {
      const table = figure.section === 'overall' ? '表1' : '表4';
      const summary = figure.section === 'overall' ? d.summary : d.fiscalSummary;
      if (!summary) return null;
      const side = /收入/.test(label) ? 'income' : /支出/.test(label) ? 'expense' : /收入/.test([...before].reverse().find((f) => f.section === figure.section && /收入|支出/.test(f.label))?.label ?? '') ? 'income' : 'expense';
      if (/一般公共预算/.test(label)) {
        if (side === 'expense') return generalTotal();
        return from([table], `${table} 一般公共预算拨款`, findSummaryItem(summary, 'income', /^一般公共预算拨款$/)?.amount ?? null);
      }
      // a source named in the narrative (事业收入, 政府性基金拨款, 上年结转 …) is its own row of 表1/表4
      const source = summary.items.find((i) => i.group === 'income' && i.level !== 0 && !/合计|总计/.test(i.label) && normalizeLabel(i.label) === normalizeLabel(label.replace(/^其中[:：]/, '')));
      if (source) return from([table], `${table} ${source.label}`, source.amount);
      if (side === 'income') return from([table], `${table} ${figure.section === 'overall' ? '收入总计' : '财政拨款收入'}`, findSummaryItem(summary, 'income', figure.section === 'overall' ? /^收入总计$/ : /^财政拨款$/)?.amount ?? null);
      return from([table], `${table} 本年支出合计`, findSummaryItem(summary, 'function', /^本年支出合计$/)?.amount ?? null);
    }
    case 'general': {
      const code = figure.code;
      if (code === null) return /一般公共预算/.test(label) ? generalTotal() : null;
      if (code.length === 7 || code.length === 5 || (code.length === 3 && code.startsWith('2'))) {
        const row = findCodeRow(d.generalFunction, code);
        return d.generalFunction ? from(['表5'], `表5 ${code} ${row?.name ?? ''} 合计`, row?.total ?? null) : null;
      }
      if (/^3\d{2}$/.test(code)) {
        const row = findCodeRow(d.generalEconomic, code);
        return d.generalEconomic ? from(['表6'], `表6 ${code} ${row?.name ?? ''} 合计`, row?.total ?? null) : null;
      }
      if (/^5\d{2}$/.test(code) && d.generalEconomic)
        return from(['表6'], `表6 按政府经济科目 ${code} 汇总`, addAmounts(d.generalEconomic.rows.filter((r) => r.code?.length === 5 && r.govCode?.startsWith(code)).map((r) => r.total)));
      return null;
    }
    case 'threePublic': {
      const hit = THREE_PUBLIC.find(([re]) => re.test(label));
      if (!hit) return null;
      const [, key, name, codes] = hit;
      const row = d.threePublic?.find((r) => r.unitCode === null) ?? d.threePublic?.[0];
      if (row?.current && listThreePublicGaps(row.current).length === 0) return from(['表13'], `表13 当年${name}`, row.current[key]);
      // 表13 missing or not balanced: the economic 款 of 表6 are the source of the same money.
      return d.generalEconomic ? from(['表6'], `表6 ${codes.join('+')} ${name}（表13${row ? '不平衡' : '缺失'}，改用表6）`, addAmounts(codes.map((c) => findCodeRow(d.generalEconomic, c)?.total))) : null;
    }
    case 'procurement': {
      if (!d.procurement) return null;
      const items = d.procurement.filter((r) => r.role === 'item');
      const kind = /货物/.test(label) ? 'goods' : /工程/.test(label) ? 'works' : /服务/.test(label) ? 'services' : null;
      if (kind) return from(['表12'], `表12 ${label.replace(/^政府采购/, '')}项目合计`, addAmounts(items.filter((r) => r.kind === kind).map((r) => r.amount)));
      return from(['表12'], '表12 合计', d.procurement.find((r) => r.role === 'total')?.amount ?? addAmounts(items.map((r) => r.amount)));
    }
    case 'performance': {
      // the projects' 一般公共预算 money is 表5's 专项业务经费 column (表10 also lists other sources)
      if (/一般公共预算/.test(label) && d.generalFunction) return from(['表5'], '表5 专项业务经费支出合计', findCodeRow(d.generalFunction, null)?.project ?? null);
      if (/一般公共预算/.test(label)) return d.projects ? from(['表10'], '表10 专项业务经费合计', d.projects.total?.amount ?? null) : null;
      if (/政府性基金/.test(label)) return from(['表9'], '表9 政府性基金本年支出合计', findSummaryItem(d.governmentFundSummary, 'function', /^本年支出合计$/)?.amount ?? null);
      if (/国有资本/.test(label)) return from(['表1'], '表1 国有资本经营预算收入', findSummaryItem(d.summary, 'income', /国有资本经营/)?.amount ?? null);
      return null;
    }
    case 'operatingCosts':
      return 'skip';
    default:
      return null;
  }
}
