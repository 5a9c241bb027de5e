import type { Fen } from '../../model/money';
import { sumAmounts, type BudgetFacts } from './budget-facts';
import { THREE_PUBLIC_CODES, type ThreePublicKey } from './department-budget';
import type { GeneratedCell, GeneratedHeaderCell, GeneratedRow } from './generated-disclosure';
import { count, field, h, money, row, type TableBody } from './table-kit';

/** 表10 专项业务经费支出表: 合计 → department → unit → 项目类别 → 一级项目 → 项目. */
export function buildProjectsTable(facts: BudgetFacts): TableBody {
  const b = facts.budget;
  const projectLines = facts.lines.filter((l) => l.kind === 'project');
  const rows: GeneratedRow[] = [row('total', [null, '合计', money(sumAmounts(projectLines)), null])];
  if (b.department.code) rows.push(row('group', [b.department.code, b.department.name.replace(/[（(]汇总[)）]$/, ''), money(sumAmounts(projectLines)), null]));
  for (const unit of b.units) {
    const lines = projectLines.filter((l) => l.unitCode === unit.code);
    if (lines.length === 0) continue;
    rows.push(row('group', [unit.code, unit.name, money(sumAmounts(lines)), null]));
    const names = [...new Set(lines.map((l) => l.projectName ?? '未命名项目'))];
    const meta = (name: string) => b.projects.find((p) => p.name === name && p.unitCode === unit.code) ?? b.projects.find((p) => p.name === name);
    const amountOf = (name: string): Fen => sumAmounts(lines.filter((l) => (l.projectName ?? '未命名项目') === name));
    const categories = [...new Set(names.map((n) => meta(n)?.category ?? '专用项目'))];
    for (const category of categories) {
      const inCategory = names.filter((n) => (meta(n)?.category ?? '专用项目') === category);
      rows.push(row('group', [null, category, money(inCategory.reduce((s, n) => s + amountOf(n), 0)), null]));
      const groups = [...new Set(inCategory.map((n) => meta(n)?.group ?? n))];
      for (const group of groups) {
        const members = inCategory.filter((n) => (meta(n)?.group ?? n) === group);
        rows.push(row('group', [null, group, money(members.reduce((s, n) => s + amountOf(n), 0)), null]));
        for (const name of members) rows.push(row('item', [null, name, money(amountOf(name)), meta(name)?.summary ?? null]));
      }
    }
  }
  return {
    columns: [[h('单位编码'), h('单位（项目）名称'), h('项目金额'), h('项目简介')]],
    fields: [field('unitCode', '单位编码', 'code'), field('name', '单位（项目）名称', 'text'), field('amount', '项目金额', 'money'), field('summary', '项目简介', 'text')],
    rows,
    wide: false,
  };
}

/** 表11 财政拨款结转资金支出表: the 上年结转 lines by function 类 → 款 → 项. */
export function buildCarryoverTable(facts: BudgetFacts): TableBody {
  const lines = facts.lines.filter((l) => l.source === 'priorCarryover');
  const cells = (ls: typeof lines): GeneratedCell[] => [money(sumAmounts(ls)), money(sumAmounts(ls.filter((l) => l.kind !== 'project'))), money(sumAmounts(ls.filter((l) => l.kind === 'project')))];
  const rows: GeneratedRow[] = [row('total', [null, '合计', ...cells(lines)])];
  const codes = [...new Set(lines.flatMap((l) => [l.functionCode.slice(0, 3), l.functionCode.slice(0, 5), l.functionCode]))].sort();
  for (const code of codes) rows.push(row(code.length === 7 ? 'item' : 'group', [code, facts.functionName(code), ...cells(lines.filter((l) => l.functionCode.startsWith(code)))]));
  return {
    columns: [[h('功能科目编码'), h('功能科目名称'), h('合计'), h('基本支出'), h('项目支出')]],
    fields: [field('code', '功能科目编码', 'code'), field('name', '功能科目名称', 'text'), field('total', '合计', 'money'), field('basic', '基本支出', 'money'), field('project', '项目支出', 'money')],
    rows,
    wide: false,
  };
}

/** 表12 政府采购（资产配置、购买服务）预算表. */
export function buildProcurementTable(facts: BudgetFacts): TableBody {
  const items = facts.budget.procurement;
  const blank = (n: number): GeneratedCell[] => Array.from({ length: n }, () => null);
  const quantity = (xs: typeof items) => xs.reduce((s, x) => s + x.quantity, 0);
  const rows: GeneratedRow[] = [row('total', [...blank(4), '合计', ...blank(3), items.length > 0 ? count(quantity(items)) : null, ...blank(5), money(sumAmounts(items)), null])];
  for (const unit of facts.budget.units) {
    const mine = items.filter((x) => x.unitCode === unit.code);
    if (mine.length === 0) continue;
    rows.push(row('group', [...blank(3), unit.code, unit.name, ...blank(3), count(quantity(mine)), ...blank(5), money(sumAmounts(mine)), null]));
    for (const x of mine)
      rows.push(
        row('item', [
          x.functionCode.slice(0, 3),
          x.functionCode.slice(3, 5),
          x.functionCode.slice(5, 7),
          null,
          x.name,
          `${x.catalogueCode}${x.catalogueName}`,
          x.serviceContent || null,
          x.specification || null,
          count(x.quantity),
          x.deptEconomicCode.slice(0, 3),
          x.deptEconomicCode.slice(3, 5),
          x.govEconomicCode.slice(0, 3),
          x.govEconomicCode.slice(3, 5),
          x.plannedTime || null,
          money(x.amount),
          x.note || null,
        ]),
      );
  }
  return {
    columns: [
      [h('科目编码', 3), h('单位编码', 1, 3), h('采购项目', 1, 3), h('采购目录', 1, 3), h('购买服务内容', 1, 3), h('规格型号', 1, 3), h('数量', 1, 3), h('部门预算支出经济科目编码', 2, 2), h('政府预算支出经济科目编码', 2, 2), h('实施采购时间', 1, 3), h('预算金额', 1, 3), h('说明', 1, 3)],
      [h('类', 1, 2), h('款', 1, 2), h('项', 1, 2)],
      [h('类'), h('款'), h('类'), h('款')],
    ],
    fields: [
      field('functionClass', '科目编码/类', 'code'),
      field('functionSection', '科目编码/款', 'code'),
      field('functionItem', '科目编码/项', 'code'),
      field('unitCode', '单位编码', 'code'),
      field('name', '采购项目', 'text'),
      field('catalogue', '采购目录', 'text'),
      field('serviceContent', '购买服务内容', 'text'),
      field('specification', '规格型号', 'text'),
      field('quantity', '数量', 'count'),
      field('deptEconomicClass', '部门预算支出经济科目编码/类', 'code'),
      field('deptEconomicSection', '部门预算支出经济科目编码/款', 'code'),
      field('govEconomicClass', '政府预算支出经济科目编码/类', 'code'),
      field('govEconomicSection', '政府预算支出经济科目编码/款', 'code'),
      field('plannedTime', '实施采购时间', 'text'),
      field('amount', '预算金额', 'money'),
      field('note', '说明', 'text'),
    ],
    rows,
    wide: true,
  };
}

const LEAVES: readonly (readonly [string, string])[] = [
  ['total', '合计'],
  ['threePublic', '小计'],
  ['overseasTravel', '因公出国（境）费用'],
  ['reception', '公务接待费'],
  ['vehicle', '小计'],
  ['vehiclePurchase', '公务用车购置费'],
  ['vehicleOperation', '公务用车运行维护费'],
  ['meetings', '会议费'],
  ['training', '培训费'],
];

/** The nine amounts of a 表13 block from the six items. */
export function listThreePublicBlock(item: (key: ThreePublicKey) => Fen): Fen[] {
  const vehicle = item('vehiclePurchase') + item('vehicleOperation');
  const three = item('overseasTravel') + item('reception') + vehicle;
  return [three + item('meetings') + item('training'), three, item('overseasTravel'), item('reception'), vehicle, item('vehiclePurchase'), item('vehicleOperation'), item('meetings'), item('training')];
}

/** 表13 一般公共预算拨款“三公”经费及会议费、培训费支出预算表: 上年 / 当年 / 增减变化, nine columns each. */
export function buildThreePublicTable(facts: BudgetFacts): TableBody {
  const prior = listThreePublicBlock((k) => facts.prior(k) ?? 0);
  const current = listThreePublicBlock((k) => facts.threePublicAmount(k));
  const change = current.map((c, i) => c - prior[i]!);
  const rows: GeneratedRow[] = [row('total', [null, '合计', ...prior.map(money), ...current.map(money), ...change.map(money)])];
  const units = facts.budget.units;
  if (units.length > 1)
    for (const u of units) {
      const mine = facts.lines.filter((l) => l.unitCode === u.code);
      const cur = listThreePublicBlock((k) => sumAmounts(mine.filter((l) => l.source === 'generalBudget' && THREE_PUBLIC_CODES[k].includes(l.deptEconomicCode))));
      rows.push(row('item', [u.code, u.name, ...LEAVES.map(() => null), ...cur.map(money), ...LEAVES.map(() => null)]));
    }
  const blocks = ['上年', '当年', '增减变化情况'];
  const middle: GeneratedHeaderCell[] = blocks.flatMap(() => [h(''), h('“三公”经费', 3), h('公务用车购置及运行维护费', 3), h(''), h('')]);
  return {
    columns: [[h('单位编码', 1, 3), h('单位名称', 1, 3), ...blocks.map((b) => h(b, 9))], middle, blocks.flatMap(() => LEAVES.map(([, label]) => h(label)))],
    fields: [
      field('unitCode', '单位编码', 'code'),
      field('unitName', '单位名称', 'text'),
      ...blocks.flatMap((b, bi) => LEAVES.map(([key, label]) => field(`${['prior', 'current', 'change'][bi]}_${key}`, `${b}/${label}`, 'money'))),
    ],
    rows,
    wide: true,
  };
}
