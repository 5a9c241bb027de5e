import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { unitMissing } from './unit-missing';

const run = (p: ReturnType<typeof buildTestProject>) => unitMissing.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('unit-missing', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '城乡居民基本医疗保险', totalWan: 18278, indicators: [['output', 'timeliness', '预算执行时间', '≤365']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('unit-missing');
    expect(f[0]?.evidence.number).toBe(365); expect(f[0]?.blocking).toBe(true);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '医疗服务保障能力提升经费', totalWan: 360, indicators: [['output', 'timeliness', '及时兑现', '≤365天'], ['output', 'quality', '2022年重复参保人', '=0']] }))).toEqual([]);
  });
});
