import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { valueRepeatsName } from './value-repeats-name';

const run = (p: ReturnType<typeof buildTestProject>) => valueRepeatsName.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('value-repeats-name', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '财政对基本医疗保险基金疫苗款的补助', totalWan: 360, indicators: [['output', 'timeliness', '财政配套及时到位', '财政配套及时到位']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('value-repeats-name');
    expect(f[0]?.evidence.value).toBe('财政配套及时到位');
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '离休干部药费', totalWan: 30, indicators: [['outcome', 'sustainability', '离休干部医药费保障机制健全性', '健全']] }))).toEqual([]);
  });
});
