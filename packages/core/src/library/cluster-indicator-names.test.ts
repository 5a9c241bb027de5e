import { describe, expect, it } from 'vitest';
import { clusterIndicatorNames } from './cluster-indicator-names';
import { extractNameHead } from './extract-name-head';
import { normalizeIndicatorName } from './normalize-indicator-name';
import { compareIndicatorNames, shouldJoinNames } from './should-join-names';
import { summarizeValues } from './summarize-values';
import { computeBalancedMedian } from './compute-balanced-median';

const join = (a: string, b: string): boolean => shouldJoinNames(normalizeIndicatorName(a), normalizeIndicatorName(b));

describe('normalizeIndicatorName', () => {
  it('strips numbering, hints, years, digits, punctuation and unit words', () => {
    expect(normalizeIndicatorName('指标1: 医保政策知晓率（%）')).toBe('医保政策知晓率');
    expect(normalizeIndicatorName('1.2 培训次数(必填)')).toBe('培训次数');
    expect(normalizeIndicatorName('2022年重复参保人')).toBe('重复参保人');
    expect(normalizeIndicatorName('群众投诉下降率%')).toBe('群众投诉下降率');
    expect(normalizeIndicatorName('户外广告投放(出租车顶灯)')).toBe('户外广告投放出租车顶灯');
  });
  it('keeps the trailing 率/度 and folds the public satisfaction wording (samples)', () => {
    expect(normalizeIndicatorName('政策知晓度提升')).toBe('政策知晓度提升');
    for (const n of ['群众满意度', '服务对象满意度', '参保群众满意度', '参保人员满意度', '服务对象满意', '服务满意程度', '服务满意率', '服务对象满意指数', '满意度', '服务群众的满意度']) {
      expect(normalizeIndicatorName(n)).toBe('服务对象满意度');
    }
    expect(normalizeIndicatorName('工作人员满意度')).toBe('工作人员满意度');
    expect(normalizeIndicatorName('慰问对象的满意度')).toBe('慰问对象满意度');
  });
});

describe('clustering rule (thresholds tuned on fixtures/samples)', () => {
  it('joins near-duplicates from the samples', () => {
    expect(join('群众满意度', '服务对象满意度')).toBe(true);
    expect(join('参保群众满意度', '服务对象满意度')).toBe(true);
    expect(join('医保政策知晓率', '政策知晓率')).toBe(true);
    expect(join('发放及时率', '奖励发放及时率')).toBe(true);
    expect(join('印制宣传册、明白卡', '宣传册、明白卡')).toBe(true);
    expect(join('我局今年机构正常运转', '机构正常运转')).toBe(true);
  });
  it('keeps distinct measures of the samples apart', () => {
    expect(join('资金到位率', '资金拨付及时率')).toBe(false);
    expect(join('办公大楼水费成本', '办公大楼电费成本')).toBe(false);
    expect(join('医疗网络故障响应及时率', '医疗网络故障故障整改及时率')).toBe(false);
    expect(join('2022年重复参保人', '2022年虚报参保人')).toBe(false);
    expect(join('参保人数', '虚报参保人数')).toBe(false);
    expect(join('工作满意度', '工作人员满意度')).toBe(false);
    expect(join('长护险费用专款专用', '二残费用专款专用')).toBe(false);
    expect(join('完成率', '医疗保险征收发放动员完成率')).toBe(false);
  });
  it('reports the numbers it decided on', () => {
    expect(compareIndicatorNames('医保政策知晓率', '政策知晓率')).toMatchObject({ dice: 0.8, sameHead: true, contained: true, joined: true });
    expect(compareIndicatorNames('资金到位率', '资金拨付及时率')).toMatchObject({ dice: 0.2, sameHead: false, joined: false });
    expect(extractNameHead('资金到位率')).toBe('到位率');
    expect(extractNameHead('办公大楼水费成本')).toBe('成本');
  });
  it('names each cluster by its most used key, deterministically', () => {
    const weights = new Map([
      ['医保政策知晓率', 3],
      ['政策知晓率', 1],
      ['资金到位率', 2],
      ['资金拨付及时率', 2],
    ]);
    const a = clusterIndicatorNames(weights);
    const b = clusterIndicatorNames(new Map([...weights].reverse()));
    expect([...a].sort()).toEqual([...b].sort());
    expect(a.get('政策知晓率')).toBe('医保政策知晓率');
    expect(a.get('资金拨付及时率')).toBe('资金拨付及时率');
  });
});

describe('value statistics', () => {
  it('summarises with interpolated quartiles', () => {
    expect(summarizeValues([90, 95, 100, 100, 87])).toEqual({ min: 87, p25: 90, median: 95, p75: 100, max: 100, n: 5 });
    expect(summarizeValues([])).toBeNull();
  });
  it('balances units: one county writing 100 everywhere counts once', () => {
    const values = [...Array.from({ length: 20 }, () => ({ value: 100, unitId: 'a' })), { value: 90, unitId: 'b' }, { value: 95, unitId: 'c' }];
    expect(computeBalancedMedian(values)).toBe(95);
  });
});
