import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { inputAsOutputIndicator } from './input-as-output-indicator';

const run = (p: ReturnType<typeof buildTestProject>) => inputAsOutputIndicator.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('input-as-output-indicator', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '城乡医疗救助住院及门诊救助', totalWan: 80, indicators: [['output', 'quality', '资金到位率', '100%'], ['output', 'quantity', '贫困人口全员补助', '100%']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('input-as-output-indicator');
    expect(f[0]?.evidence.indicator).toBe('资金到位率'); expect(f[0]?.severity).toBe('info');
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '城乡医疗救助住院及门诊救助', totalWan: 80, indicators: [['output', 'quantity', '贫困人口全员补助', '100%']] }))).toEqual([]);
  });
});
