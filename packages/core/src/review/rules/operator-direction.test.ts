import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { operatorDirection } from './operator-direction';

const run = (p: ReturnType<typeof buildTestProject>) => operatorDirection.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('operator-direction', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '部门专项-医疗保险业务经费和大楼运行专项经费', totalWan: 15, indicators: [['output', 'quantity', '办公大楼用水量', '≥2600方'], ['output', 'quantity', '办公大楼用电量', '≥200000度']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('operator-direction');
    expect(f).toHaveLength(2); expect(f[0]?.evidence.expected).toBe('≤');
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '部门专项-医疗保险业务经费和大楼运行专项经费', totalWan: 15, indicators: [['cost', 'economicCost', '办公大楼水费成本', '≤3.57元/方'], ['output', 'quantity', '办公大楼日常运行', '≥12次']] }))).toEqual([]);
  });
});
