import type { Fen } from '../../model/money';
import { sumAmounts, type BudgetFacts, type ResolvedLine } from './budget-facts';
import type { GeneratedCell, GeneratedRow } from './generated-disclosure';
import { field, h, money, moneyOrZero, row, type TableBody } from './table-kit';

function amounts(lines: readonly ResolvedLine[], withProject: boolean, zeroTotal: boolean): GeneratedCell[] {
  const of = (kind: ResolvedLine['kind']): Fen => sumAmounts(lines.filter((l) => l.kind === kind));
  const total = sumAmounts(lines.filter((l) => withProject || l.kind !== 'project'));
  return [zeroTotal ? moneyOrZero(total) : money(total), money(of('personnel')), money(of('publicUse')), ...(withProject ? [money(of('project'))] : [])];
}

/** The 一般公共预算 lines, and (for the 基本 tables) the codes to list: every code of the whole table, as 001 does. */
function generalLines(facts: BudgetFacts): ResolvedLine[] {
  return facts.lines.filter((l) => l.source === 'generalBudget');
}

/** 表5 / 表7: by function 类 → 款 → 项. */
export function buildFunctionTable(facts: BudgetFacts, basicOnly: boolean): TableBody {
  const all = generalLines(facts);
  const lines = basicOnly ? all.filter((l) => l.kind !== 'project') : all;
  const codes = [...new Set(all.flatMap((l) => [l.functionCode.slice(0, 3), l.functionCode.slice(0, 5), l.functionCode]))].sort();
  const withProject = !basicOnly;
  const rows: GeneratedRow[] = [row('total', [null, '合计', ...amounts(lines, withProject, all.length > 0), null])];
  for (const code of codes) rows.push(row(code.length === 7 ? 'item' : 'group', [code, facts.functionName(code), ...amounts(lines.filter((l) => l.functionCode.startsWith(code)), withProject, false), null]));
  const money5 = withProject ? ['合计', '人员经费支出', '公用经费支出', '专项业务经费支出'] : ['合计', '人员经费支出', '公用经费支出'];
  const keys = withProject ? ['total', 'personnel', 'publicUse', 'project'] : ['total', 'personnel', 'publicUse'];
  return {
    columns: [[h('功能科目编码'), h('功能科目名称'), ...money5.map((m) => h(m)), h('备注')]],
    fields: [field('code', '功能科目编码', 'code'), field('name', '功能科目名称', 'text'), ...keys.map((k, i) => field(k, money5[i]!, 'money')), field('note', '备注', 'text')],
    rows,
    wide: false,
  };
}

/** 表6 / 表8: by dept economic 类 → 款, each 款 with its 政府经济 款. */
export function buildEconomicTable(facts: BudgetFacts, basicOnly: boolean): TableBody {
  const all = generalLines(facts);
  const lines = basicOnly ? all.filter((l) => l.kind !== 'project') : all;
  const withProject = !basicOnly;
  const rows: GeneratedRow[] = [row('total', [null, null, null, '合计', ...amounts(lines, withProject, all.length > 0), null])];
  const classes = [...new Set(all.map((l) => l.deptEconomicCode.slice(0, 3)))].sort();
  for (const cls of classes) {
    rows.push(row('group', [cls, facts.deptEconomicName(cls), null, null, ...amounts(lines.filter((l) => l.deptEconomicCode.startsWith(cls)), withProject, false), null]));
    const pairs = [...new Set(all.filter((l) => l.deptEconomicCode.startsWith(cls)).map((l) => `${l.deptEconomicCode}|${l.gov ?? ''}`))].sort();
    for (const pair of pairs) {
      const [dept, gov] = pair.split('|') as [string, string];
      const these = lines.filter((l) => l.deptEconomicCode === dept && (l.gov ?? '') === gov);
      rows.push(row('item', [dept, facts.deptEconomicName(dept), gov || null, gov ? facts.govEconomicName(gov) : null, ...amounts(these, withProject, false), null]));
    }
  }
  const moneyLabels = withProject ? ['合计', '人员经费支出', '公用经费支出', '专项业务经费支出'] : ['合计', '人员经费支出', '公用经费支出'];
  const keys = withProject ? ['total', 'personnel', 'publicUse', 'project'] : ['total', 'personnel', 'publicUse'];
  return {
    columns: [[h('部门经济科目编码'), h('部门经济科目名称'), h('政府经济科目编码'), h('政府经济科目名称'), ...moneyLabels.map((m) => h(m)), h('备注')]],
    fields: [
      field('deptCode', '部门经济科目编码', 'code'),
      field('deptName', '部门经济科目名称', 'text'),
      field('govCode', '政府经济科目编码', 'code'),
      field('govName', '政府经济科目名称', 'text'),
      ...keys.map((k, i) => field(k, moneyLabels[i]!, 'money')),
      field('note', '备注', 'text'),
    ],
    rows,
    wide: true,
  };
}
