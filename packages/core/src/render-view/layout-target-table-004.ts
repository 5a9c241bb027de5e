import type { Project } from '../model/project';
import type { LayoutView, ViewCell, ViewRow } from './layout-view';
import { groupIndicators } from './group-indicators';
import { buildIndicatorRows } from './indicator-rows';
import { formatProjectField } from './field-text';
import { resolveProfile, type LayoutOptions } from './layout-options';

const label = (text: string, extra: Partial<ViewCell> = {}): ViewCell => ({ text, label: true, align: 'center', ...extra });

/** 绩效目标表 (sample 004, 兴隆县): 项目编码, 预算规模及资金用途, 资金支出计划, 绩效指标描述, 指标值确定依据. */
export function layoutTargetTable004(project: Project, opts: LayoutOptions = {}): LayoutView {
  const profile = resolveProfile(project.indicators, opts);
  const v = (field: Parameters<typeof formatProjectField>[1], extra: Partial<ViewCell> = {}): ViewCell => ({
    text: formatProjectField(project, field),
    align: 'left',
    bind: { scope: 'project', field },
    ...extra,
  });
  const plan = (month: number): ViewCell => v(`spendingPlan.${month}`, { align: 'center' });
  const header: ViewRow[] = [
    { kind: 'field', cells: [label('项目编码'), v('code', { colSpan: 2 }), label('项目名称'), v('name', { colSpan: 3 })] },
    {
      kind: 'field',
      keepTogether: 'funds',
      cells: [
        label('预算规模及\n资金用途', { rowSpan: 2 }),
        label('预算数'),
        v('funds.total', { align: 'center' }),
        label('其中：财政资金'),
        v('funds.fiscal', { align: 'center' }),
        label('其他资金'),
        v('funds.other', { align: 'center' }),
      ],
    },
    { kind: 'field', keepTogether: 'funds', cells: [label('资金用途'), v('purpose', { colSpan: 5 })] },
    {
      kind: 'field',
      keepTogether: 'plan',
      cells: [label('资金支出计划\n（%）', { rowSpan: 2 }), label('3月底', { colSpan: 2 }), label('6月底'), label('10月底'), label('12月底', { colSpan: 2 })],
    },
    { kind: 'field', keepTogether: 'plan', cells: [{ ...plan(3), colSpan: 2 }, plan(6), plan(10), { ...plan(12), colSpan: 2 }] },
    { kind: 'field', cells: [label('绩效目标'), v('goals', { colSpan: 6 })] },
  ];
  const groups = groupIndicators(project.indicators, profile, { includeEmpty: false });
  const body = buildIndicatorRows(groups, {
    marks: false,
    columns: [{ field: 'name' }, { field: 'description', colSpan: 2 }, { field: 'targetText', align: 'center' }, { field: 'basis', align: 'center' }],
  });
  const gridHeader: ViewRow = {
    kind: 'header',
    cells: [label('一级指标'), label('二级指标'), label('三级指标'), label('绩效指标描述', { colSpan: 2 }), label('指标值'), label('指标值确定依据')],
  };
  return {
    layoutId: 'target-table-004',
    name: project.name,
    title: `${project.name}绩效目标表`,
    subtitles: [],
    meta: [{ left: formatProjectField(project, 'unitWithCode'), leftBind: { scope: 'project', field: 'unitWithCode' }, right: '单位：万元' }],
    columns: [{ width: 10 }, { width: 12 }, { width: 16 }, { width: 12 }, { width: 12 }, { width: 14 }, { width: 14 }],
    blocks: [
      { id: 'header', headerRows: 0, rows: header },
      { id: 'indicators', headerRows: 1, rows: [gridHeader, ...body] },
    ],
    orientation: 'portrait',
    source: { kind: 'project', project },
  };
}
