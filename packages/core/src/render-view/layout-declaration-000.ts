import type { Project } from '../model/project';
import type { LayoutView, ViewCell, ViewRow } from './layout-view';
import { groupIndicators } from './group-indicators';
import { buildIndicatorRows } from './indicator-rows';
import { formatProjectField } from './field-text';
import { resolveProfile, type LayoutOptions } from './layout-options';

const label = (text: string, extra: Partial<ViewCell> = {}): ViewCell => ({ text, label: true, align: 'center', ...extra });

/** 项目支出预算绩效目标申报表 (sample 000, 拉萨市): six columns, 绩效指标 merged down the indicator grid. */
export function layoutDeclaration000(project: Project, opts: LayoutOptions = {}): LayoutView {
  const profile = resolveProfile(project.indicators, opts);
  const v = (field: Parameters<typeof formatProjectField>[1], extra: Partial<ViewCell> = {}): ViewCell => ({
    text: formatProjectField(project, field),
    align: 'left',
    bind: { scope: 'project', field },
    ...extra,
  });
  const year = project.fiscalYear ?? opts.fiscalYear;
  const header: ViewRow[] = [
    { kind: 'field', cells: [label('项目名称', { colSpan: 2 }), v('name', { colSpan: 4 })] },
    { kind: 'field', cells: [label('主管部门及代码', { colSpan: 2 }), v('departmentWithCode', { colSpan: 2 }), label('实施单位'), v('implementingUnit')] },
    { kind: 'field', cells: [label('项目属性', { colSpan: 2 }), v('kind', { colSpan: 2 }), label('项目期'), v('period')] },
    { kind: 'field', keepTogether: 'funds', cells: [label('项目资金\n（万元）', { rowSpan: 3 }), label('年度资金总额', { colSpan: 2 }), v('funds.total', { colSpan: 3, align: 'center' })] },
    { kind: 'field', keepTogether: 'funds', cells: [label('其中：财政拨款', { colSpan: 2 }), v('funds.fiscal', { colSpan: 3, align: 'center' })] },
    { kind: 'field', keepTogether: 'funds', cells: [label('其他资金', { colSpan: 2 }), v('funds.other', { colSpan: 3, align: 'center' })] },
    { kind: 'field', cells: [label('年度总体目标', { colSpan: 2 }), v('goals', { colSpan: 4 })] },
  ];
  const groups = groupIndicators(project.indicators, profile, { includeEmpty: true, marks: project.categoryMarks });
  const body = buildIndicatorRows(groups, {
    marks: true,
    columns: [{ field: 'name', colSpan: 2 }, { field: 'targetText', align: 'center' }],
  });
  const gridHeader: ViewRow = {
    kind: 'header',
    cells: [label('绩效指标', { rowSpan: body.length + 1 }), label('一级指标'), label('二级指标'), label('三级指标', { colSpan: 2 }), label('指标值')],
  };
  return {
    layoutId: 'declaration-000',
    name: project.name,
    title: `${opts.region ?? ''}部门项目支出预算绩效目标申报表`,
    subtitles: year ? [`（${year}年度）`] : [],
    meta: [
      { left: `填报日期：${formatProjectField(project, 'preparedOn')}`, leftBind: { scope: 'project', field: 'preparedOn', prefix: '填报日期：' } },
      { left: `填报人及联系电话：${formatProjectField(project, 'preparerWithPhone')}`, leftBind: { scope: 'project', field: 'preparerWithPhone', prefix: '填报人及联系电话：' } },
    ],
    columns: [{ width: 9 }, { width: 11 }, { width: 15 }, { width: 28 }, { width: 11 }, { width: 16 }],
    blocks: [
      { id: 'header', headerRows: 0, rows: header },
      { id: 'indicators', headerRows: 1, rows: [gridHeader, ...body] },
    ],
    orientation: 'portrait',
    source: { kind: 'project', project },
  };
}
