import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { mostlyQualitative } from './mostly-qualitative';

const run = (p: ReturnType<typeof buildTestProject>) => mostlyQualitative.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('mostly-qualitative', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '城乡医疗救助资金', totalWan: 4581, indicators: [['output', 'quantity', '救助对象覆盖低保', '全覆盖'], ['output', 'timeliness', '“一站式”即时结算', '实现一单制结算'], ['outcome', 'economicBenefit', '困难群众就医负担减轻程度', '明显提高'], ['outcome', 'socialBenefit', '对健全社会保障体系的作用', '成效明显'], ['satisfaction', 'serviceSatisfaction', '工作满意度', '≥90%']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('mostly-qualitative');
    expect(f[0]?.evidence.qualitative).toBe(4);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '党建经费', totalWan: 7.55, indicators: [['output', 'quantity', '开展活动次数', '≥2次/年'], ['output', 'quantity', '机关党员人数', '20人'], ['output', 'quality', '活动参与率', '≥90%'], ['outcome', 'socialBenefit', '党员党性意识', '提高']] }))).toEqual([]);
  });
});
