import type { DepartmentTarget } from '../model/department-target';
import { sumFen } from '../model/money';
import type { LayoutView, ViewCell, ViewRow } from './layout-view';
import { groupIndicators } from './group-indicators';
import { buildIndicatorRows } from './indicator-rows';
import { formatWanCell } from './field-text';
import { resolveProfile, type LayoutOptions } from './layout-options';

const label = (text: string, extra: Partial<ViewCell> = {}): ViewCell => ({ text, label: true, align: 'center', ...extra });

/** 部门整体支出绩效目标表 (sample 001 表15, 莲湖区): 年度主要任务 with amounts, 年度总体目标, indicator grid. */
export function layoutDepartmentTarget001(target: DepartmentTarget, opts: LayoutOptions = {}): LayoutView {
  const profile = resolveProfile(target.indicators, opts);
  const money = (text: string): ViewCell => ({ text, align: 'right' });
  const tasks: ViewRow[] = target.tasks.map((t, i) => ({
    kind: 'task',
    keepTogether: `task:${i}`,
    cells: [{ text: t.name, align: 'center' }, { text: t.content ?? '', align: 'left' }, money(formatWanCell(t.amount)), money(formatWanCell(t.fiscal)), money(formatWanCell(t.other))],
  }));
  const total = target.funds.total ?? sumFen(target.tasks.map((t) => t.amount));
  const fiscal = target.funds.fiscal ?? sumFen(target.tasks.map((t) => t.fiscal));
  const other = target.funds.other ?? sumFen(target.tasks.map((t) => t.other));
  const taskRowCount = 2 + tasks.length + 1;
  const header: ViewRow[] = [
    { kind: 'field', cells: [label('部门（单位）名称', { colSpan: 2 }), { text: target.name, align: 'left', colSpan: 4 }] },
    {
      kind: 'header',
      keepTogether: 'tasks-head',
      cells: [label('年度\n主要\n任务', { rowSpan: taskRowCount }), label('任务名称', { rowSpan: 2 }), label('主要内容', { rowSpan: 2 }), label('预算金额（万元）', { colSpan: 3 })],
    },
    { kind: 'header', keepTogether: 'tasks-head', cells: [label('总额'), label('财政拨款'), label('其他资金')] },
    ...tasks,
    { kind: 'subtotal', cells: [label('金额合计', { colSpan: 2 }), money(formatWanCell(total)), money(formatWanCell(fiscal)), money(formatWanCell(other))] },
    { kind: 'field', cells: [label('年度\n总体\n目标'), { text: target.goals.join('\n'), align: 'left', colSpan: 5 }] },
  ];
  const groups = groupIndicators(target.indicators, profile, { includeEmpty: true });
  const body = buildIndicatorRows(groups, { marks: false, columns: [{ field: 'name', colSpan: 2 }, { field: 'targetText', align: 'center' }] });
  const gridHeader: ViewRow = {
    kind: 'header',
    cells: [label('年度\n绩效\n指标', { rowSpan: body.length + 1 }), label('一级指标'), label('二级指标'), label('指标内容', { colSpan: 2 }), label('指标值')],
  };
  const year = target.fiscalYear ?? opts.fiscalYear;
  return {
    layoutId: 'department-target-001',
    name: target.name || '部门整体支出绩效目标',
    title: '部门整体支出绩效目标表',
    subtitles: year ? [`（${year}年度）`] : [],
    meta: [{ left: '', right: '单位：万元' }],
    columns: [{ width: 9 }, { width: 11 }, { width: 18 }, { width: 17 }, { width: 17 }, { width: 18 }],
    blocks: [
      { id: 'header', headerRows: 0, rows: header },
      { id: 'indicators', headerRows: 1, rows: [gridHeader, ...body] },
    ],
    orientation: 'portrait',
    source: { kind: 'department', target },
  };
}
