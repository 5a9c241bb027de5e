import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { vagueValue } from './vague-value';

const run = (p: ReturnType<typeof buildTestProject>) => vagueValue.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('vague-value', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '医保经办业务培训费', totalWan: 6, indicators: [['output', 'cost', '各项费用成本控制', '符合标准']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('vague-value');
    expect(f[0]?.evidence.value).toBe('符合标准');
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '医保经办业务培训费', totalWan: 6, indicators: [['output', 'timeliness', '培训完成时间', '2024年内'], ['outcome', 'socialBenefit', '参保人员医疗保障水平', '不断提升'], ['output', 'quantity', '救助对象覆盖低保, 特困、建档立卡及低收入对象', '全覆盖']] }))).toEqual([]);
  });
});
