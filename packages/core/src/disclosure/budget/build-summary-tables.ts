import type { Fen } from '../../model/money';
import { FUNCTION_CLASSES, sumAmounts, type BudgetFacts, type ResolvedLine } from './budget-facts';
import { FISCAL_SOURCES, type FundSource } from './department-budget';
import type { GeneratedCell, GeneratedRow } from './generated-disclosure';
import { field, h, money, row, type TableBody } from './table-kit';

type Item = readonly [string, Fen | null];

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/** Dept economic 类 of the 专项业务经费 list (陕西 收支总表). */
const PROJECT_ECONOMIC: readonly (readonly [string, string])[] = [
  ['301', '工资福利支出'],
  ['302', '商品和服务支出'],
  ['303', '对个人和家庭补助'],
  ['307', '债务利息及费用支出'],
  ['309', '资本性支出（基本建设）'],
  ['310', '资本性支出'],
  ['311', '对企业补助（基本建设）'],
  ['312', '对企业补助'],
  ['313', '对社会保障基金补助'],
  ['399', '其他支出'],
];
const BASIC_ECONOMIC: readonly (readonly [string, string])[] = [
  ['301', '工资福利支出'],
  ['302', '商品和服务支出'],
  ['303', '对个人和家庭的补助'],
  ['310', '资本性支出'],
];
const GOV_ECONOMIC: readonly (readonly [string, string])[] = [
  ['501', '机关工资福利支出'],
  ['502', '机关商品和服务支出'],
  ['503', '机关资本性支出（一）'],
  ['504', '机关资本性支出（二）'],
  ['505', '对事业单位经常性补助'],
  ['506', '对事业单位资本性补助'],
  ['507', '对企业补助'],
  ['508', '对企业资本性支出'],
  ['509', '对个人和家庭的补助'],
  ['510', '对社会保障基金补助'],
  ['599', '其他支出'],
];
/** 表9 lists the 类 a government fund usually pays from. */
const FUND_FUNCTION_CLASSES = ['206', '207', '208', '211', '212', '213', '214', '215', '217', '229'];

const sum = (lines: readonly ResolvedLine[], test: (l: ResolvedLine) => boolean): Fen => sumAmounts(lines.filter(test));
const bySource = (lines: readonly ResolvedLine[], sources: readonly FundSource[]): Fen => sum(lines, (l) => sources.includes(l.source));

/**
 * 「其中：专项资金列入部门预算的项目」: the 一般公共预算 lines of the projects that make up the special
 * funds (表16). Empty (null), as 001 prints it, when the department declares no special fund.
 */
function specialFundAmount(facts: BudgetFacts, lines: readonly ResolvedLine[]): Fen | null {
  const funds = facts.budget.specialFunds ?? [];
  if (funds.length === 0) return null;
  const projects = new Set(funds.flatMap((f) => f.projectNames));
  return sum(lines, (l) => l.source === 'generalBudget' && l.projectName !== null && projects.has(l.projectName));
}

/** Adds every 类 of `codes` that has an amount but is not in `listed`, after the listed ones. */
function withExtras(listed: readonly (readonly [string, string])[], codes: readonly string[], name: (c: string) => string): (readonly [string, string])[] {
  const extra = [...new Set(codes)].filter((c) => !listed.some(([k]) => k === c)).sort();
  return [...listed, ...extra.map((c) => [c, name(c) || c] as const)];
}

function functionItems(facts: BudgetFacts, lines: readonly ResolvedLine[], numbering: 'arabic' | 'chinese', classes: readonly string[] | null): Item[] {
  const listed = classes ? FUNCTION_CLASSES.filter(([c]) => classes.includes(c)) : FUNCTION_CLASSES;
  const all = withExtras(listed, lines.map((l) => l.functionCode.slice(0, 3)), facts.functionName);
  return all.map(([code, name], k) => [`${numbering === 'arabic' ? `${k + 1}、` : `${CN[k] ?? k + 1}、`}${name}`, sum(lines, (l) => l.functionCode.startsWith(code))]);
}

function deptEconomicItems(facts: BudgetFacts, lines: readonly ResolvedLine[]): Item[] {
  const basic = lines.filter((l) => l.kind !== 'project');
  const project = lines.filter((l) => l.kind === 'project');
  const basicList = withExtras(BASIC_ECONOMIC, basic.map((l) => l.deptEconomicCode.slice(0, 3)), facts.deptEconomicName);
  const projectList = withExtras(PROJECT_ECONOMIC, project.map((l) => l.deptEconomicCode.slice(0, 3)), facts.deptEconomicName);
  return [
    ['1、人员经费和公用经费支出', sumAmounts(basic)],
    ...basicList.map(([c, n], k): Item => [`(${k + 1}) ${n}`, sum(basic, (l) => l.deptEconomicCode.startsWith(c))]),
    ['2、专项业务经费支出', sumAmounts(project)],
    ...projectList.map(([c, n], k): Item => [`(${k + 1}) ${n}`, sum(project, (l) => l.deptEconomicCode.startsWith(c))]),
    ['3、上缴上级支出', null],
    ['4、事业单位经营支出', null],
    ['5、对附属单位补助支出', null],
  ];
}

function govEconomicItems(facts: BudgetFacts, lines: readonly ResolvedLine[], numbering: 'arabic' | 'chinese'): Item[] {
  const all = withExtras(GOV_ECONOMIC, lines.map((l) => (l.gov ?? '').slice(0, 3)).filter((c) => c !== ''), facts.govEconomicName);
  return all.map(([code, name], k) => [`${numbering === 'arabic' ? `${k + 1}、` : `${CN[k] ?? k + 1}、`}${name}`, sum(lines, (l) => (l.gov ?? '').startsWith(code))]);
}

const SUMMARY_COLUMNS = [
  [h('收入', 2), h('支出', 6)],
  [h('项目'), h('预算数'), h('支出功能分类科目（按大类）'), h('预算数'), h('部门预算支出经济分类科目（按大类）'), h('预算数'), h('政府预算支出经济分类科目（按大类）'), h('预算数')],
];
const SUMMARY_FIELDS = [
  field('incomeItem', '收入/项目', 'text'),
  field('incomeAmount', '收入/预算数', 'money'),
  field('functionItem', '支出/支出功能分类科目（按大类）', 'text'),
  field('functionAmount', '支出/预算数', 'money'),
  field('deptEconomicItem', '支出/部门预算支出经济分类科目（按大类）', 'text'),
  field('deptEconomicAmount', '支出/预算数', 'money'),
  field('govEconomicItem', '支出/政府预算支出经济分类科目（按大类）', 'text'),
  field('govEconomicAmount', '支出/预算数', 'money'),
];

/** Lays four label/amount lists side by side, then the trailer rows (合计, 结转, 总计) aligned. */
function layOut(columns: readonly (readonly Item[])[], trailers: readonly (readonly Item[])[]): GeneratedRow[] {
  const height = Math.max(...columns.map((c) => c.length));
  const out: GeneratedRow[] = [];
  for (let k = 0; k < height; k++) {
    const cells: GeneratedCell[] = [];
    for (const col of columns) {
      const item = col[k];
      cells.push(item ? item[0] : null, item ? money(item[1]) : null);
    }
    out.push(row(k === 0 ? 'total' : 'item', cells));
  }
  for (const trailer of trailers) {
    const cells: GeneratedCell[] = [];
    trailer.forEach(([label, amount]) => cells.push(label === '' ? null : label, money(amount)));
    out.push(row('total', cells));
  }
  return out;
}

/** 表1 部门综合预算收支总表. */
export function buildSummaryTable(facts: BudgetFacts): TableBody {
  const lines = facts.lines;
  const current = lines.filter((l) => l.source !== 'priorCarryover');
  const yearIncome = sumAmounts(current);
  const carry = bySource(lines, ['priorCarryover']);
  const total = sumAmounts(lines);
  const income: Item[] = [
    ['一、部门预算', yearIncome],
    ['1、财政拨款', bySource(lines, FISCAL_SOURCES)],
    ['(1) 一般公共预算拨款', bySource(lines, ['generalBudget'])],
    ['其中：专项资金列入部门预算的项目', specialFundAmount(facts, lines)],
    ['(2) 政府性基金拨款', bySource(lines, ['governmentFund'])],
    ['(3) 国有资本经营预算收入', bySource(lines, ['stateCapital'])],
    ['2、上级补助收入', bySource(lines, ['superiorSubsidy'])],
    ['3、事业收入', bySource(lines, ['institutionIncome', 'fiscalSpecialAccount'])],
    ['其中：纳入财政专户管理的收费', bySource(lines, ['fiscalSpecialAccount'])],
    ['4、事业单位经营收入', bySource(lines, ['institutionOperating'])],
    ['5、附属单位上缴收入', bySource(lines, ['subordinateRemit'])],
    ['6、其他收入', bySource(lines, ['otherIncome'])],
  ];
  const head: Item = ['一、部门预算', total];
  const rows = layOut(
    [income, [head, ...functionItems(facts, lines, 'arabic', null)], [head, ...deptEconomicItems(facts, lines)], [head, ...govEconomicItems(facts, lines, 'arabic')]],
    [
      [['本年收入合计', yearIncome], ['本年支出合计', total], ['本年支出合计', total], ['本年支出合计', total]],
      [['用事业基金弥补收支差额', null], ['结转下年', null], ['结转下年', null], ['结转下年', null]],
      [['上年实户资金余额', null], ['未安排支出的实户资金', null], ['未安排支出的实户资金', null], ['未安排支出的实户资金', null]],
      [['上年结转', carry], ['', null], ['', null], ['', null]],
      [['收入总计', total], ['支出总计', total], ['支出总计', total], ['支出总计', total]],
    ],
  );
  return { columns: SUMMARY_COLUMNS, fields: SUMMARY_FIELDS, rows, wide: true };
}

/** 表4 部门综合预算财政拨款收支总表. */
export function buildFiscalSummaryTable(facts: BudgetFacts): TableBody {
  const lines = facts.lines.filter((l) => (FISCAL_SOURCES as readonly FundSource[]).includes(l.source));
  const total = sumAmounts(lines);
  const income: Item[] = [
    ['一、财政拨款', total],
    ['1、一般公共预算拨款', bySource(lines, ['generalBudget'])],
    ['其中：专项资金列入部门预算的项目', specialFundAmount(facts, lines)],
    ['2、政府性基金拨款', bySource(lines, ['governmentFund'])],
    ['3、国有资本经营预算收入', bySource(lines, ['stateCapital'])],
  ];
  const head: Item = ['一、财政拨款', total];
  const rows = layOut(
    [income, [head, ...functionItems(facts, lines, 'arabic', null)], [head, ...deptEconomicItems(facts, lines)], [head, ...govEconomicItems(facts, lines, 'arabic')]],
    [
      [['本年收入合计', total], ['本年支出合计', total], ['本年支出合计', total], ['本年支出合计', total]],
      [['上年结转', null], ['结转下年', null], ['结转下年', null], ['结转下年', null]],
      [['收入总计', total], ['支出总计', total], ['支出总计', total], ['支出总计', total]],
    ],
  );
  return { columns: SUMMARY_COLUMNS, fields: SUMMARY_FIELDS, rows, wide: true };
}

/** 表9 部门综合预算政府性基金收支表 (the 收支总表 layout over the 政府性基金 lines). */
export function buildGovernmentFundTable(facts: BudgetFacts): TableBody {
  const lines = facts.lines.filter((l) => l.source === 'governmentFund');
  const total = sumAmounts(lines);
  const basic = lines.filter((l) => l.kind !== 'project');
  const project = lines.filter((l) => l.kind === 'project');
  const econ = (ls: readonly ResolvedLine[], list: readonly (readonly [string, string])[]): Item[] => list.map(([c, n]): Item => [n, sum(ls, (l) => l.deptEconomicCode.startsWith(c))]);
  const dept: Item[] = [
    ['一、人员经费和公用经费支出', sumAmounts(basic)],
    ...econ(basic, BASIC_ECONOMIC),
    ['二、专项业务经费支出', sumAmounts(project)],
    ...econ(project, PROJECT_ECONOMIC),
    ['三、上缴上级支出', null],
    ['四、事业单位经营支出', null],
    ['五、对附属单位补助支出', null],
  ];
  const rows = layOut(
    [[['一、政府性基金拨款', total]], functionItems(facts, lines, 'chinese', FUND_FUNCTION_CLASSES), dept, govEconomicItems(facts, lines, 'chinese')],
    [[['本年收入合计', total], ['本年支出合计', total], ['本年支出合计', total], ['本年支出合计', total]]],
  );
  return { columns: SUMMARY_COLUMNS, fields: SUMMARY_FIELDS, rows, wide: true };
}

const INCOME_SOURCES: readonly (readonly [string, string, readonly FundSource[]])[] = [
  ['generalBudget', '公共预算拨款/小计', ['generalBudget']],
  ['specialFunds', '公共预算拨款/其中：专项资金列入部门预算的项目', []],
  ['governmentFund', '政府性基金拨款', ['governmentFund']],
  ['institutionIncome', '事业收入', ['institutionIncome', 'fiscalSpecialAccount']],
  ['institutionOperating', '事业单位经营收入', ['institutionOperating']],
  ['subordinateRemit', '对附属单位上缴收入', ['subordinateRemit']],
  ['realAccount', '上年实户资金余额', []],
  ['otherIncome', '其他收入', ['otherIncome', 'superiorSubsidy', 'stateCapital']],
  ['priorCarryover', '上年结转', ['priorCarryover']],
];

/** Rows per unit: 合计, the department (its code), then every unit. */
function unitRows(facts: BudgetFacts, values: (lines: readonly ResolvedLine[]) => GeneratedCell[]): GeneratedRow[] {
  const b = facts.budget;
  const out: GeneratedRow[] = [row('total', [null, '合计', ...values(facts.lines)])];
  if (b.department.code) out.push(row('group', [b.department.code, b.department.name.replace(/[（(]汇总[)）]$/, ''), ...values(facts.lines)]));
  for (const u of b.units) out.push(row('item', [u.code, u.name, ...values(facts.lines.filter((l) => l.unitCode === u.code))]));
  return out;
}

/** 表2 部门综合预算收入总表. */
export function buildIncomeTable(facts: BudgetFacts): TableBody {
  return {
    columns: [
      [h('单位编码', 1, 3), h('单位名称', 1, 3), h('部门预算', 10)],
      [h('合计', 1, 2), h('公共预算拨款', 2), h('政府性基金拨款', 1, 2), h('事业收入', 1, 2), h('事业单位经营收入', 1, 2), h('对附属单位上缴收入', 1, 2), h('上年实户资金余额', 1, 2), h('其他收入', 1, 2), h('上年结转', 1, 2)],
      [h('小计'), h('其中：专项资金列入部门预算的项目')],
    ],
    fields: [field('unitCode', '单位编码', 'code'), field('unitName', '单位名称', 'text'), field('total', '部门预算/合计', 'money'), ...INCOME_SOURCES.map(([k, label]) => field(k, `部门预算/${label}`, 'money'))],
    rows: unitRows(facts, (lines) => [
      money(sumAmounts(lines)),
      ...INCOME_SOURCES.map(([key, , sources]) => money(key === 'specialFunds' ? specialFundAmount(facts, lines) : bySource(lines, sources))),
    ]),
    wide: true,
  };
}

/** 表3 部门综合预算支出总表. */
export function buildExpenditureTable(facts: BudgetFacts): TableBody {
  const kinds = (lines: readonly ResolvedLine[]) => {
    const personnel = sum(lines, (l) => l.kind === 'personnel');
    const publicUse = sum(lines, (l) => l.kind === 'publicUse');
    return [money(sumAmounts(lines)), money(personnel + publicUse), money(personnel), money(publicUse), money(sum(lines, (l) => l.kind === 'project'))];
  };
  return {
    columns: [
      [h('单位编码', 1, 2), h('单位名称', 1, 2), h('合计', 1, 2), h('基本支出', 3), h('专项业务经费', 1, 2)],
      [h('小计'), h('人员经费'), h('公用经费')],
    ],
    fields: [
      field('unitCode', '单位编码', 'code'),
      field('unitName', '单位名称', 'text'),
      field('total', '合计', 'money'),
      field('basic', '基本支出/小计', 'money'),
      field('personnel', '基本支出/人员经费', 'money'),
      field('publicUse', '基本支出/公用经费', 'money'),
      field('project', '专项业务经费', 'money'),
    ],
    rows: unitRows(facts, kinds),
    wide: false,
  };
}
