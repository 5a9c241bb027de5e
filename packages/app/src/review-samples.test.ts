import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '@jixiao/core';
import { reviewDocuments, type ReviewedDocument } from './review-documents';

const SAMPLES = ['000_090c4012b2f0612f.txt', '001_decf76686d2239b2.txt', '002_958eda048e829117.txt', '003_f299d4d68a831b89.txt', '004_b5b5933a0db36905.txt'];
const docs = new Map<string, ReviewedDocument>();

beforeAll(async () => {
  const inputs = SAMPLES.map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(new URL(`../../../fixtures/samples/${f}`, import.meta.url))) }));
  for (const d of await reviewDocuments(inputs)) docs.set(basename(d.file), d);
}, 120_000);

/** Findings of the project with this name (the n-th one when names repeat). */
function findingsOf(sample: string, project: string, nth = 0): Finding[] {
  const doc = docs.get(sample);
  const p = doc?.review.projects.filter((x) => x.project.name === project)[nth];
  if (!p) throw new Error(`${sample}: no project ${project}`);
  return [...p.findings];
}

const rules = (fs: readonly Finding[]) => fs.map((f) => f.rule);

describe('000 拉萨市 declaration forms', () => {
  const S = '000_090c4012b2f0612f.txt';
  it('举报奖励资金: goals ask 10万元 of a 2万元 form, 项目期 2021年, 成本 empty', () => {
    const f = findingsOf(S, '举报奖励资金');
    expect(f.find((x) => x.rule === 'goal-amount-mismatch')?.evidence).toMatchObject({ goalAmountYuan: 100000, fundsYuan: 20000 });
    expect(f.find((x) => x.rule === 'period-outside-year')?.evidence).toMatchObject({ period: '2021年', fiscalYear: 2024 });
    expect(f.find((x) => x.rule === 'mandatory-category-empty')?.evidence.level2).toBe('cost');
  });
  it('医疗保障政策宣传费: 10+15+5+2+9+14 = 55万元 is not flagged', () => {
    const f = findingsOf(S, '医疗保障政策宣传费');
    expect(f.filter((x) => x.category === 'cost-vs-funds' || x.category === 'amount-mismatch')).toEqual([]);
  });
  it('党建经费: both formulas compute and 7.55万元 matches', () => {
    const f = findingsOf(S, '党建经费');
    expect(f.filter((x) => x.category === 'arithmetic' || x.category === 'amount-mismatch')).toEqual([]);
  });
  it('the two 城乡居民基本医疗保险 rows (18278 and 1870万元) are not duplicates of each other', () => {
    for (const nth of [0, 1]) {
      const f = findingsOf(S, '城乡居民基本医疗保险', nth);
      expect(f.filter((x) => x.rule === 'copied-goals')).toEqual([]);
      expect(f.filter((x) => x.rule === 'copied-indicators' && x.evidence.sameAs === '城乡居民基本医疗保险')).toEqual([]);
      expect(f.find((x) => x.rule === 'unit-missing')?.evidence.value).toBe('≤365');
    }
  });
  it('预算执行绩效考核奖 copies 机动经费 goals and indicators', () => {
    const f = findingsOf(S, '预算执行绩效考核奖');
    expect(f.find((x) => x.rule === 'copied-goals')?.evidence.sameAs).toEqual(['机动经费']);
    expect(f.find((x) => x.rule === 'copied-indicators')?.evidence.sameAs).toBe('机动经费');
  });
  it('培训费, 价格谈判, 信息平台: requested amounts differ from the totals', () => {
    expect(findingsOf(S, '医保经办业务培训费').find((x) => x.rule === 'goal-amount-mismatch')?.evidence.goalAmountYuan).toBe(75000);
    expect(findingsOf(S, '价格谈判和基础库建设费').find((x) => x.rule === 'goal-amount-mismatch')?.evidence.goalAmountYuan).toBe(250000);
  });
  it('公益性岗位工会经费: 6201.6元 computed but 0.63万元 requested', () => {
    expect(findingsOf(S, '公益性岗位工会经费').find((x) => x.rule === 'formula-result-vs-funds')?.evidence).toMatchObject({ computedYuan: 6201.6, fundsYuan: 6300 });
  });
  it('公务用车购置经费: 质量 and 时效 marked 必填 are empty; 25万+2.14万 = 27.14万 not flagged', () => {
    const f = findingsOf(S, '公务用车购置经费');
    expect(f.filter((x) => x.rule === 'mandatory-category-empty').map((x) => x.evidence.level2)).toEqual(['quality', 'timeliness']);
    expect(f.filter((x) => x.category === 'cost-vs-funds' || x.category === 'count-mismatch')).toEqual([]);
  });
});

describe('001 莲湖区 disclosure', () => {
  const S = '001_decf76686d2239b2.txt';
  it('医保档案管理: cost items 8+5 = 13 of 20万元', () => {
    expect(findingsOf(S, '医保档案管理').find((x) => x.rule === 'cost-items-vs-funds')?.evidence.differenceYuan).toBe(70000);
  });
  it('医疗保险经办中心经费: 24+10+35 = 69万元 is not flagged; goals equal 医保工作经费补助', () => {
    const f = findingsOf(S, '医疗保险经办中心经费');
    expect(f.filter((x) => x.category === 'cost-vs-funds')).toEqual([]);
    expect(rules(f)).toContain('copied-goals');
  });
  it('department target: cost indicators 503.21 vs 514.21万元', () => {
    const d = docs.get(S)?.review.documentFindings.find((x) => x.rule === 'department-cost-vs-funds');
    expect(d?.evidence).toMatchObject({ costYuan: 5032100, fundsYuan: 5142100 });
  });
});

describe('002 库尔勒市 target tables', () => {
  const S = '002_958eda048e829117.txt';
  const names = ['巴财社[2022]105号关于提前下达2023年自治区财政全民参保及医疗服务', '部门专项-2021-2023年度城乡居民基本医疗保险市级配套资金', '部门专项-医疗保险业务经费和大楼运行专项经费'];
  it('用水量 ≥2600方 and 用电量 ≥200000度 are consumption written as ≥', () => {
    const f = findingsOf(S, names[2] as string).filter((x) => x.rule === 'operator-direction');
    expect(f.map((x) => x.evidence.indicator)).toEqual(['办公大楼用水量', '办公大楼用电量']);
  });
  it('weights: 90 and 90 are fine (10 reserved for 预算执行率), 84 is not', () => {
    expect(rules(findingsOf(S, names[0] as string))).not.toContain('weights-total');
    expect(rules(findingsOf(S, names[1] as string))).not.toContain('weights-total');
    expect(findingsOf(S, names[2] as string).find((x) => x.rule === 'weights-total')?.evidence.sum).toBe(84);
  });
  it('生育保险参保人数 equal to last year is fine; 政策宣传次数 6 < 17 is not; 2022年 references are not period mismatches', () => {
    const f = findingsOf(S, names[0] as string);
    const below = f.filter((x) => x.rule === 'target-below-prior').map((x) => x.evidence.indicator);
    expect(below).toContain('政策宣传次数');
    expect(below).not.toContain('生育保险参保人数');
    expect(f.filter((x) => x.category === 'period-mismatch')).toEqual([]);
  });
});

describe('003 门源县 project list', () => {
  const S = '003_f299d4d68a831b89.txt';
  it('离休干部药费: goals 7名 vs indicator 6人; cost ≤40万元 over 30万元', () => {
    const f = findingsOf(S, '离休干部药费');
    expect(f.find((x) => x.rule === 'goal-count-mismatch')?.evidence).toMatchObject({ goalCount: 7, indicatorValue: '6人' });
    expect(f.find((x) => x.rule === 'cost-exceeds-funds')?.evidence).toMatchObject({ costYuan: 400000, fundsYuan: 300000 });
  });
  it('医疗保险征收发放工作经费: 35条 head count, 2023年全年 in a 2024 table, network indicators of 网络运行维护费', () => {
    const f = findingsOf(S, '医疗保险征收发放工作经费');
    expect(f.find((x) => x.rule === 'unit-incompatible')?.evidence.unit).toBe('条');
    expect(f.find((x) => x.rule === 'goal-year-mismatch')?.evidence.year).toBe(2023);
    expect(f.find((x) => x.rule === 'copied-indicators')?.evidence.sameAs).toBe('医疗保险网络运行维护费');
  });
});

describe('004 兴隆县 target tables', () => {
  const S = '004_b5b5933a0db36905.txt';
  it('疫苗款: 财政配套及时到位 in every row', () => {
    const f = findingsOf(S, '财政对基本医疗保险基金疫苗款的补助');
    expect(f.filter((x) => x.rule === 'duplicate-indicator').length).toBeGreaterThanOrEqual(5);
    expect(f.filter((x) => x.rule === 'value-repeats-name').length).toBeGreaterThanOrEqual(6);
    expect(rules(f)).toContain('input-as-goal');
  });
  it('劳务派遣人员经费: 不超预算 is not measurable; satisfaction ≥100百分比', () => {
    const f = findingsOf(S, '劳务派遣人员经费');
    expect(f.some((x) => x.category === 'not-measurable' && x.evidence.value === '不超预算')).toBe(true);
    expect(rules(f)).toContain('satisfaction-at-100');
  });
});
