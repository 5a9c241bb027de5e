import type { Project } from '../model/project';
import type { LayoutView, ViewCell, ViewRow } from './layout-view';
import { groupIndicators } from './group-indicators';
import { buildIndicatorRows } from './indicator-rows';
import { formatProjectField } from './field-text';
import { resolveProfile, type LayoutOptions } from './layout-options';

const label = (text: string, extra: Partial<ViewCell> = {}): ViewCell => ({ text, label: true, align: 'center', ...extra });

/** 项目支出绩效目标表 (sample 002, 库尔勒市): nine columns with 设置依据, 上年完成值, 权重, 赋分规则, 佐证资料. */
export function layoutTargetTable002(project: Project, opts: LayoutOptions = {}): LayoutView {
  const profile = resolveProfile(project.indicators, opts);
  const v = (field: Parameters<typeof formatProjectField>[1], extra: Partial<ViewCell> = {}): ViewCell => ({
    text: formatProjectField(project, field),
    align: 'left',
    bind: { scope: 'project', field },
    ...extra,
  });
  const year = project.fiscalYear ?? opts.fiscalYear;
  const header: ViewRow[] = [
    { kind: 'field', cells: [label('预算单位', { colSpan: 2 }), v('unit', { colSpan: 7 })] },
    { kind: 'field', cells: [label('项目名称', { colSpan: 2 }), v('name', { colSpan: 4 }), label('项目负责人', { colSpan: 1 }), v('projectLead', { colSpan: 2 })] },
    {
      kind: 'field',
      cells: [
        label('项目资金\n（万元）', { colSpan: 2 }),
        label('年度预算总额'),
        v('funds.total', { align: 'center' }),
        label('其中：财政拨款'),
        v('funds.fiscal', { align: 'center' }),
        label('其他资金'),
        v('funds.other', { align: 'center', colSpan: 2 }),
      ],
    },
    { kind: 'field', cells: [label('项目总体目标', { colSpan: 2 }), v('goals', { colSpan: 7 })] },
  ];
  const groups = groupIndicators(project.indicators, profile, { includeEmpty: false });
  const body = buildIndicatorRows(groups, {
    marks: false,
    columns: [
      { field: 'name' },
      { field: 'targetText', align: 'center' },
      { field: 'basis', align: 'center' },
      { field: 'priorActual', align: 'center' },
      { field: 'weight', align: 'center' },
      { field: 'scoringRuleText', align: 'center' },
      { field: 'evidence', align: 'center' },
    ],
  });
  const gridHeader: ViewRow = {
    kind: 'header',
    cells: ['一级指标', '二级指标', '三级指标', '指标值', '指标值设置依据', '上年完成值', '指标分值权重', '指标赋分规则', '佐证资料'].map((t) => label(t)),
  };
  return {
    layoutId: 'target-table-002',
    name: project.name,
    title: '项目支出绩效目标表',
    subtitles: year ? [`（${year}年）`] : [],
    meta: [],
    columns: [{ width: 9 }, { width: 11 }, { width: 24 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 9 }, { width: 14 }, { width: 10 }],
    blocks: [
      { id: 'header', headerRows: 0, rows: header },
      { id: 'indicators', headerRows: 1, rows: [gridHeader, ...body] },
    ],
    orientation: 'landscape',
    source: { kind: 'project', project },
  };
}
