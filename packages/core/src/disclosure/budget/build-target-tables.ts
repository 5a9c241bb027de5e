import type { BudgetFacts } from './budget-facts';
import { FISCAL_SOURCES, type ProjectTargetRef, type TargetIndicatorRow } from './department-budget';
import type { GeneratedCell, GeneratedRow } from './generated-disclosure';
import { field, row, type TableBody } from './table-kit';

const FORM_FIELDS = [field('c1', '栏1', 'text'), field('c2', '栏2', 'text'), field('c3', '栏3', 'text'), field('c4', '栏4', 'text'), field('c5', '栏5', 'text'), field('c6', '栏6', 'text')];

/** The standard 二级指标 under each 一级指标, printed even when empty (as the form does). */
const GRID: readonly (readonly [string, readonly string[]])[] = [
  ['产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
  ['效益指标', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']],
  ['满意度指标', ['服务对象满意度指标']],
];

const wan = (fen: number | null): GeneratedCell => (fen === null || fen === 0 ? null : { fen });

/** Indicator rows grouped under the standard grid; indicators of other categories follow their own headings. */
function indicatorRows(indicators: readonly TargetIndicatorRow[], layout: 'project' | 'department'): GeneratedRow[] {
  const out: GeneratedRow[] = [];
  const level1s = [...GRID.map(([l1]) => l1), ...new Set(indicators.map((i) => i.level1).filter((l) => !GRID.some(([g]) => g === l)))];
  for (const l1 of level1s) {
    const standard = GRID.find(([g]) => g === l1)?.[1] ?? [];
    const level2s = [...standard, ...new Set(indicators.filter((i) => i.level1 === l1 && !standard.includes(i.level2)).map((i) => i.level2))];
    let firstOfL1 = true;
    for (const l2 of level2s) {
      const mine = indicators.filter((i) => i.level1 === l1 && i.level2 === l2);
      const list = mine.length > 0 ? mine : [{ level1: l1, level2: l2, name: '', value: '', note: '' }];
      list.forEach((ind, k) => {
        const head: GeneratedCell[] = [null, firstOfL1 ? l1 : null, k === 0 ? l2 : null];
        out.push(row('item', layout === 'project' ? [...head, ind.name || null, ind.value || null, ind.note || null] : [...head, ind.name || null, null, ind.value || null]));
        firstOfL1 = false;
      });
    }
  }
  return out;
}

/** 表14-n 部门专项业务经费绩效目标表 for one project (万元). */
export function buildProjectTargetTable(target: ProjectTargetRef | null): TableBody {
  const t = target;
  const rows: GeneratedRow[] = [
    row('item', ['项目名称', null, null, t?.projectName ?? null, null, null]),
    row('item', ['主管部门', null, null, t?.department ?? null, null, null]),
    row('item', ['资金金额 (万元)', null, null, '实施期资金总额:', wan(t?.total ?? null), null]),
    row('item', [null, null, null, '其中: 财政拨款', wan(t?.fiscal ?? null), null]),
    row('item', [null, null, null, '其他资金', wan(t?.other ?? null), null]),
    row('item', ['总体目标', t?.goal ?? null, null, null, null, null]),
    row('item', ['年度绩效指标', '一级指标', '二级指标', '指标内容', '指标值', '备注']),
    ...indicatorRows(t?.indicators ?? [], 'project'),
  ];
  return { columns: [], fields: FORM_FIELDS, rows, moneyUnit: '万元', wide: false, empty: t === null };
}

/** 表15 部门整体支出绩效目标表 (万元). */
export function buildDepartmentTargetTable(facts: BudgetFacts): TableBody {
  const d = facts.budget.departmentTarget;
  const rows: GeneratedRow[] = [
    row('item', ['部门（单位）名称', null, d?.department ?? facts.budget.department.name.replace(/[（(]汇总[)）]$/, ''), null, null, null]),
    row('item', ['年度 主要 任务', '任务名称', '主要内容', '预算金额（万元）', null, null]),
    row('item', [null, null, null, '总额', '财政拨款', '其他资金']),
  ];
  const tasks = d?.tasks ?? [];
  tasks.forEach((t) => rows.push(row('item', [null, t.name, t.content || null, wan(t.total), wan(t.fiscal), wan(t.other)])));
  if (d) {
    const sum = (f: (x: (typeof tasks)[number]) => number | null) => tasks.reduce((s, x) => s + (f(x) ?? 0), 0);
    rows.push(row('total', [null, '金额合计', null, wan(sum((x) => x.total)), wan(sum((x) => x.fiscal)), wan(sum((x) => x.other))]));
  }
  rows.push(row('item', ['年度 总体 目标', d?.goal ?? null, null, null, null, null]));
  rows.push(row('item', ['年度 绩效 指标', '一级指标', '二级指标', '指标内容', null, '指标值']));
  rows.push(...indicatorRows(d?.indicators ?? [], 'department'));
  return { columns: [], fields: FORM_FIELDS, rows, moneyUnit: '万元', wide: false, empty: d === null };
}

/**
 * 表16 专项资金总体绩效目标表 (万元): one form per 专项资金, laid out as 001 prints it (项目名称, 主管部门,
 * 资金金额 with 财政拨款 / 其他资金, 总体目标, the indicator grid) with the fund's 功能科目, 使用项目 and
 * 管理措施; empty (with its 空表说明) when the budget has none.
 */
export function buildSpecialFundTargetTable(facts: BudgetFacts): TableBody {
  const funds = facts.budget.specialFunds ?? [];
  if (funds.length === 0) return { ...buildProjectTargetTable(null), empty: true };
  const rows: GeneratedRow[] = [];
  for (const f of funds) {
    const lines = facts.lines.filter((l) => l.kind === 'project' && l.projectName !== null && f.projectNames.includes(l.projectName));
    const fiscal = lines.filter((l) => (FISCAL_SOURCES as readonly string[]).includes(l.source)).reduce((s, l) => s + l.amount, 0);
    const other = f.amount - fiscal;
    const functionName = facts.functionName(f.functionCode);
    rows.push(
      row('item', ['项目名称', null, null, f.name, null, null]),
      row('item', ['主管部门', null, null, f.department ?? facts.budget.department.name.replace(/[（(]汇总[)）]$/, ''), null, null]),
      row('item', ['功能科目', null, null, `${f.functionCode}${functionName ? ` ${functionName}` : ''}`, null, null]),
      row('item', ['资金金额 (万元)', null, null, '实施期资金总额:', wan(f.amount), null]),
      row('item', [null, null, null, '其中: 财政拨款', wan(fiscal), null]),
      row('item', [null, null, null, '其他资金', wan(other > 0 ? other : null), null]),
      row('item', ['使用项目', null, null, f.projectNames.join('、') || null, null, null]),
      row('item', ['总体目标', f.purpose || null, null, null, null, null]),
      row('item', ['管理措施', f.management || null, null, null, null, null]),
      row('item', ['年度绩效指标', '一级指标', '二级指标', '指标内容', '指标值', '备注']),
      ...indicatorRows([], 'project'),
    );
  }
  return { columns: [], fields: FORM_FIELDS, rows, moneyUnit: '万元', wide: false, empty: false };
}
