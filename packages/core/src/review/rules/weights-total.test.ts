import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { weightsTotal } from './weights-total';

const run = (p: ReturnType<typeof buildTestProject>) => weightsTotal.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('weights-total', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '部门专项-医疗保险业务经费和大楼运行专项经费', totalWan: 15, indicators: [6, 6, 6, 6, 5, 5, 7, 7, 6, 20, 10].map((w, i) => ['output', 'quantity', `指标${i}`, '≥1次', { weight: w }] as const) }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('weights-total');
    expect(f[0]?.evidence.sum).toBe(84);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '部门专项-2021-2023年度城乡居民基本医疗保险市级配套资金', totalWan: 6118.23, indicators: [14, 13, 13, 20, 7, 7, 6, 10].map((w, i) => ['output', 'quantity', `指标${i}`, '≥1次', { weight: w }] as const) }))).toEqual([]);
  });
});
