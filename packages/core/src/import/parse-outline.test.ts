import { describe, expect, it } from 'vitest';
import { parseOutline } from './parse-outline';

describe('parseOutline (indicators inside one cell, sample 003)', () => {
  it('reads headings and numbered items on separate lines', () => {
    const r = parseOutline('一、产出指标\n(一) 数量指标\n1.离休干部人数 6人\n2. 离休干部健康检查次数 ≥6次\n(四) 成本指标\n1. 患者医疗报销成本 ≤40万元/年\n三、满意度指标\n1. 编外人员满意度 ≥90%');
    expect(r.items.map((i) => [i.level1, i.level2, i.name, i.value])).toEqual([
      ['output', 'quantity', '离休干部人数', '6人'],
      ['output', 'quantity', '离休干部健康检查次数', '≥6次'],
      ['output', 'cost', '患者医疗报销成本', '≤40万元/年'],
      ['satisfaction', null, '编外人员满意度', '≥90%'],
    ]);
    expect(r.unplaced).toEqual([]);
  });
  it('splits an outline written on one line (a single <p> with runs of spaces)', () => {
    const r = parseOutline('一、产出指标 (一) 数量指标 1. 工作发放人数 1人 (二) 质量指标 1. 财务处理规范率 100% 二、效益指标 (三) 可持续影响指标: 1. 经费使用规范性 规范');
    expect(r.items.map((i) => [i.level2, i.name, i.value])).toEqual([
      ['quantity', '工作发放人数', '1人'],
      ['quality', '财务处理规范率', '100%'],
      ['sustainability', '经费使用规范性', '规范'],
    ]);
  });
  it('strips numbering glued to the name (`1征收…`) but not a year', () => {
    const r = parseOutline('(一) 数量指标\n1征收发放医保待遇预计人数 35条\n2022年重复参保人数 0人');
    expect(r.items.map((i) => i.name)).toEqual(['征收发放医保待遇预计人数', '2022年重复参保人数']);
  });
});
