import { describe, expect, it } from 'vitest';
import { S101_PROFILE } from '../model/taxonomy-profiles';
import { LAYOUTS, buildDepartmentView, buildProjectViews } from './layouts';
import { flattenView } from './flatten-view';
import { placeCells } from './place-cells';
import type { LayoutView } from './layout-view';
import { CAPACITY_000, DISPATCH_004, LIANHU_001, MENYUAN_003, PARTY_000, PROPAGANDA_000, RESIDENTS_002 } from './fixtures/sample-projects';

function texts(view: LayoutView): string[] {
  return flattenView(view).cells.map((c) => c.cell.text);
}

/** Every block row covers exactly the layout's columns. */
function expectRectangular(view: LayoutView): void {
  for (const block of view.blocks) {
    const placed = placeCells(block, view.columns.length);
    const covered = new Set<string>();
    for (const p of placed) for (let i = 0; i < p.rowSpan; i++) for (let j = 0; j < p.colSpan; j++) covered.add(`${p.row + i}:${p.col + j}`);
    expect(covered.size, `${view.layoutId} ${block.id}`).toBe(block.rows.length * view.columns.length);
  }
}

describe('LAYOUTS', () => {
  it('registers the five official layouts by id', () => {
    expect(Object.keys(LAYOUTS).sort()).toEqual(['declaration-000', 'department-target-001', 'disclosure-list-003', 'target-table-002', 'target-table-004']);
  });

  it('declaration-000 shows every level-2 category with its 必填/选填 mark, even when empty', () => {
    const [view] = buildProjectViews('declaration-000', [PROPAGANDA_000], { region: '拉萨市' });
    expect(view!.title).toBe('拉萨市部门项目支出预算绩效目标申报表');
    expect(view!.subtitles).toEqual(['（2024年度）']);
    expectRectangular(view!);
    const t = texts(view!);
    for (const label of ['项目名称', '主管部门及代码', '实施单位', '项目属性', '项目期', '年度资金总额', '其中：财政拨款', '其他资金', '年度总体目标', '一级指标', '二级指标', '三级指标', '指标值']) expect(t).toContain(label);
    expect(t).toContain('项目资金\n（万元）');
    expect(t).toContain('经济效益指标（选填）');
    expect(t).toContain('生态效益指标（选填）');
    expect(t).toContain('可持续影响指标（必填）');
    expect(t).toContain('数量指标（必填）');
    expect(t).toContain('55.00');
    expect(t).toContain('延续性项目');
    const grid = view!.blocks[1]!;
    expect(grid.headerRows).toBe(1);
    expect(grid.rows[0]!.cells[0]).toMatchObject({ text: '绩效指标', rowSpan: grid.rows.length });
    // 17 indicators + 2 empty categories (经济效益, 生态效益)
    expect(grid.rows.filter((r) => r.kind === 'indicator')).toHaveLength(19);
    const quantity = grid.rows[1]!.cells.find((c) => c.text === '数量指标（必填）');
    expect(quantity?.rowSpan).toBe(4);
    expect(new Set(grid.rows.slice(1).map((r) => r.keepTogether)).size).toBe(19);
  });

  it('declaration-000 prints 主管部门及代码 and the exact 万元 amount', () => {
    const t = texts(buildProjectViews('declaration-000', [CAPACITY_000])[0]!);
    expect(t).toContain('西藏自治区医疗保障局116001');
    expect(texts(buildProjectViews('declaration-000', [PARTY_000])[0]!)).toContain('7.55');
  });

  it('target-table-002 uses 成本指标 as level 1 in the s101 profile', () => {
    const [view] = buildProjectViews('target-table-002', [RESIDENTS_002]);
    expectRectangular(view!);
    const t = texts(view!);
    for (const label of ['指标值设置依据', '上年完成值', '指标分值权重', '指标赋分规则', '佐证资料', '项目负责人', '王锐', '6118.23', '≤197.36元/人/年', '183.66元/人/年', '按评判等级赋分', '原始凭证']) expect(t).toContain(label);
    const rows = view!.blocks[1]!.rows;
    const level1 = rows.flatMap((r) => r.cells.filter((c) => c.bind?.scope === 'indicator' && c.bind.field === 'level1').map((c) => c.text));
    expect(level1).toEqual(['成本指标', '产出指标', '效益指标', '满意度指标']);
    expect(t).toContain('经济成本指标');
  });

  it('classic profile puts 成本指标 under 产出指标; an explicit profile overrides detection', () => {
    const classic = texts(buildProjectViews('target-table-004', [DISPATCH_004])[0]!);
    expect(classic).toContain('成本指标');
    const s101 = buildProjectViews('declaration-000', [PROPAGANDA_000], { profile: S101_PROFILE })[0]!;
    expect(texts(s101)).toContain('经济成本指标（必填）');
  });

  it('target-table-004 carries the unit line, 项目编码, funds and 资金支出计划', () => {
    const [view] = buildProjectViews('target-table-004', [DISPATCH_004]);
    expectRectangular(view!);
    expect(view!.meta[0]).toMatchObject({ left: '362001兴隆县医疗保障局本级', right: '单位：万元' });
    const t = texts(view!);
    for (const s of ['项目编码', '13082222P00877610001X', '预算规模及\n资金用途', '预算数', '其中：财政资金', '资金用途', '资金支出计划\n（%）', '3月底', '6月底', '10月底', '12月底', '25%', '100%', '绩效指标描述', '指标值确定依据', '17.20', '行业规定'])
      expect(t).toContain(s);
  });

  it('disclosure-list-003 lists projects under unit code rows with subtotals and an outline', () => {
    const [view] = buildProjectViews('disclosure-list-003', MENYUAN_003);
    expectRectangular(view!);
    expect(view!.title).toBe('门源县医疗保障局2024年部门预算项目支出绩效目标公开表');
    const rows = view!.blocks[0]!.rows;
    expect(rows[1]!.cells.map((c) => c.text).slice(0, 3)).toEqual(['481', '门源县医疗保障局', '51.40']);
    expect(rows[2]!.cells.map((c) => c.text).slice(0, 3)).toEqual(['481001', '门源县医疗保障局', '51.40']);
    expect(rows[3]!.cells[1]!.text).toBe('离休干部药费');
    const outline = rows[3]!.cells[4]!.text;
    expect(outline).toContain('一、产出指标\n（一）数量指标\n1. 离休干部人数 6人');
    expect(outline).toContain('二、效益指标\n（一）可持续影响指标');
  });

  it('department-target-001 has tasks, 金额合计 and the indicator grid with empty categories', () => {
    const view = buildDepartmentView(LIANHU_001);
    expectRectangular(view);
    const t = texts(view);
    for (const s of ['部门（单位）名称', '西安市莲湖区医疗保障局', '任务名称', '主要内容', '总额', '财政拨款', '其他资金', '金额合计', '514.21', '265.90', '9.31', '经济效益指标', '生态效益指标', '指标内容', '合计46人；在职：14人；临聘人员32人'])
      expect(t).toContain(s);
  });
});
