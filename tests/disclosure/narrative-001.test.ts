import { beforeAll, describe, expect, it } from 'vitest';
import type { Disclosure } from '@jixiao/core';
import { loadChecked, SAMPLE_001 } from './load-disclosure';

let d: Disclosure;
beforeAll(async () => {
  d = (await loadChecked(SAMPLE_001)).disclosure!;
});

const REASON_TOTAL = '公务员医疗补助定额部分由各单位自行筹集缴纳，区医保局不再统一缴纳，只保留公务员医疗救助部分';

describe('readNarrative on 001: the narrative numbers equal the source narrative', () => {
  it('reads every 万元 figure with its change clause, in order', () => {
    const rows = d.narrative.figures.map((f) => [f.section, f.code ?? f.label, f.amountText, f.direction, f.changeText, f.rateText, f.reason]);
    expect(rows).toEqual([
      ['overall', '本部门2024年预算收入', '514.21', null, null, null, null],
      ['overall', '一般公共预算拨款', '514.21', 'decrease', '138.44', '21.21', REASON_TOTAL],
      ['overall', '本部门2024年预算支出', '514.21', null, null, null, null],
      ['overall', '一般公共预算拨款', '514.21', 'decrease', '138.44', '21.21', REASON_TOTAL],
      ['fiscal', '本部门当年财政拨款收入', '514.21', null, null, null, null],
      ['fiscal', '一般公共预算拨款收入', '514.21', 'decrease', '138.44', '21.21', REASON_TOTAL],
      ['fiscal', '本部门2024年财政拨款支出', '514.21', null, null, null, null],
      ['fiscal', '一般公共预算拨款支出', '514.21', 'decrease', '138.44', '21.21', REASON_TOTAL],
      ['general', '本部门当年一般公共预算拨款支出', '514.21', 'decrease', '138.44', '21.21', REASON_TOTAL],
      ['general', '本部门当年一般公共预算支出', '514.21', null, null, null, null],
      ['general', '2080505', '24.44', 'incomparable', null, null, '明细科目调整'],
      ['general', '2101101', '7.79', 'incomparable', null, null, '明细科目调整'],
      ['general', '2101103', '105.65', 'decrease', '294.35', '73.59', REASON_TOTAL],
      ['general', '2101501', '215.39', 'increase', '71.74', '49.94', '单位新增人员'],
      ['general', '2101504', '20.00', 'flat', null, null, null],
      ['general', '2101506', '119.00', 'increase', '30.00', '33.71', '加大基金监管力度，加强医保专网安全投入'],
      ['general', '2210201', '21.94', 'incomparable', null, null, '明细科目调整'],
      ['general', '本部门当年一般公共预算支出', '514.21', null, null, null, null],
      ['general', '301', '254.45', 'increase', '122.44', '92.75', '单位新增人员'],
      ['general', '302', '151.76', 'increase', '34.12', '29.00', '加大基金监管力度，加强医保专网安全投入'],
      ['general', '303', '100.00', 'incomparable', null, null, '明细科目调整'],
      ['general', '310', '8.00', 'increase', '5.00', '166.67', '单位电脑进行国产化替代'],
      ['general', '313', '0.00', 'decrease', '400.00', '100.00', '明细科目调整'],
      ['general', '本部门当年一般公共预算支出', '514.21', null, null, null, null],
      ['general', '501', '254.45', 'increase', '122.44', '92.75', '单位新增人员'],
      ['general', '502', '151.76', 'increase', '34.12', '29.00', '单位新增人员'],
      ['general', '503', '8.00', 'increase', '5.00', '166.67', '单位电脑进行国产化替代'],
      ['general', '509', '100.00', 'incomparable', null, null, '明细科目调整'],
      ['general', '510', '0.00', 'decrease', '400.00', '100.00', '明细科目调整'],
      ['threePublic', '本部门当年一般公共预算“三公”经费预算支出', '0.00', 'flat', null, null, null],
      ['threePublic', '因公出国（境）经费', '0.00', 'flat', null, null, null],
      ['threePublic', '公务接待费', '0.00', 'flat', null, null, null],
      ['threePublic', '公务用车运行维护费', '0.00', 'flat', null, null, null],
      ['threePublic', '公务用车购置费', '0.00', 'flat', null, null, null],
      ['threePublic', '本部门当年一般公共预算会议费预算支出', '0.00', 'flat', null, null, null],
      ['threePublic', '本部门当年一般公共预算培训费预算支出', '0.34', 'decrease', '0.05', '12.50', '压缩经费'],
      ['procurement', '2024年当年本部门政府采购预算共', '28.47', null, null, null, null],
      ['procurement', '政府采购货物类预算', '0.00', null, null, null, null],
      ['procurement', '政府采购服务类预算', '28.47', null, null, null, null],
      ['procurement', '政府采购工程类预算', '0.00', null, null, null, null],
      ['performance', '涉及当年一般公共预算当年拨款', '239.00', null, null, null, null],
      ['performance', '当年政府性基金预算当年拨款', '0.00', null, null, null, null],
      ['performance', '当年国有资本经营预算拨款', '0.00', null, null, null, null],
      ['operatingCosts', '本部门当年机关运行经费预算安排', '9.32', 'increase', '3.74', '67.02', '单位新增人员'],
    ]);
  });

  it('keeps text spans that point at the figure in the joined narrative', () => {
    for (const f of d.narrative.figures) expect(d.narrative.text.slice(f.span[0], f.span[1])).toContain(`${f.amountText}万元`);
    const f502 = d.narrative.figures.find((f) => f.code === '502')!;
    expect(d.narrative.text.slice(f502.span[0], f502.span[1])).toBe('机关商品和服务支出（502）151.76万元，较上年增加34.12万元，增长29.00%，增长的主要原因是：单位新增人员');
    expect(f502.line).toBe(234);
    // a reason broken over two source lines ("增长的主要原因" / "是：…") is joined
    expect(d.narrative.figures.find((f) => f.code === '503')!.reason).toBe('单位电脑进行国产化替代');
  });

  it('reads staffing, units, assets counts and the training list', () => {
    expect(d.staffing).toEqual({ authorised: 20, authorisedAdministrative: 10, authorisedInstitution: 10, actual: 14, actualAdministrative: 6, actualInstitution: 8, retired: 0 });
    expect(d.narrative.units).toEqual(['西安市莲湖区医疗保障局本级（机关）']);
    expect(Object.fromEntries(d.narrative.counts.map((c) => [c.key, c.value]))).toEqual({ 'assets.vehiclesHeld': 0, 'assets.equipmentHeld': 0, 'assets.vehiclesPlanned': 0, 'assets.equipmentPlanned': 0, 'units.secondary': 1 });
    expect(d.narrative.trainingList).toEqual([{ name: '两定机构基金使用规范性培训', period: '2024年1月-2024年12月', people: '120人', amount: 340000, line: 277 }]);
    expect(d.narrative.emptyTableNotes).toEqual(['本部门无当年政府性基金预算收支，并已公开空表']);
  });
});
