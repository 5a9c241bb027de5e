import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { rateOutOfRange } from './rate-out-of-range';

const run = (p: ReturnType<typeof buildTestProject>) => rateOutOfRange.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('rate-out-of-range', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '居民医保意外伤害认定调查外包服务费', totalWan: 75, indicators: [['output', 'quantity', '案件调查率', '≥120%']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('rate-out-of-range');
    expect(f[0]?.evidence.number).toBe(120);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '居民医保意外伤害认定调查外包服务费', totalWan: 75, indicators: [['output', 'quantity', '案件调查率达到100%', '≥100%']] }))).toEqual([]);
  });
});
