import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { satisfactionAt100 } from './satisfaction-at-100';

const run = (p: ReturnType<typeof buildTestProject>) => satisfactionAt100.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('satisfaction-at-100', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '劳务派遣人员经费', totalWan: 17.2, indicators: [['satisfaction', 'serviceSatisfaction', '服务对象满意度', '≥100百分比']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('satisfaction-at-100');
    expect(f[0]?.evidence.number).toBe(100);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '医疗保障政策宣传费', totalWan: 55, indicators: [['satisfaction', 'serviceSatisfaction', '群众满意度', '≥90%']] }))).toEqual([]);
  });
});
