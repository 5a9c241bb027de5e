import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { weightsMissing } from './weights-missing';

const run = (p: ReturnType<typeof buildTestProject>) => weightsMissing.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('weights-missing', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '部门专项-医疗保险业务经费和大楼运行专项经费', totalWan: 15, indicators: [['output', 'quantity', '办公大楼用水量', '≤2600方', { weight: 6 }], ['output', 'quantity', '办公大楼日常运行', '≥12次']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('weights-missing');
    expect(f[0]?.evidence.indicator).toBe('办公大楼日常运行');
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '部门专项-医疗保险业务经费和大楼运行专项经费', totalWan: 15, indicators: [['output', 'quantity', '办公大楼用水量', '≤2600方', { weight: 6 }], ['output', 'quantity', '办公大楼日常运行', '≥12次', { weight: 6 }]] }))).toEqual([]);
  });
});
