import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { targetBelowPrior } from './target-below-prior';

const run = (p: ReturnType<typeof buildTestProject>) => targetBelowPrior.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('target-below-prior', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '巴财社[2022]105号关于提前下达2023年自治区财政全民参保及医疗服务', totalWan: 7.5, indicators: [['output', 'quantity', '政策宣传次数', '>=6次', { priorActual: '17次' }]] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('target-below-prior');
    expect(f[0]?.evidence.prior).toBe(17);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '巴财社[2022]105号关于提前下达2023年自治区财政全民参保及医疗服务', totalWan: 7.5, indicators: [['output', 'quantity', '生育保险参保人数', '>=15.60万人', { priorActual: '15.60万人' }], ['cost', 'economicCost', '城乡居民医疗保险', '≤197.36元/人/年', { priorActual: '183.66元/人/年' }]] }))).toEqual([]);
  });
});
