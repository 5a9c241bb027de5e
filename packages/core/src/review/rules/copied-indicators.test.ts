import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { copiedIndicators } from './copied-indicators';

const run = (ps: ReturnType<typeof buildTestProject>[]) => copiedIndicators.check({ facts: ps.map((p, i) => buildProjectFacts(p, i)), profile: DEFAULT_RULE_PROFILE });

describe('copied-indicators', () => {
  it('reports the sample problem', () => {
    const f = run([buildTestProject({ name: '医疗保险征收发放工作经费', totalWan: 8, indicators: [['output', 'quantity', '征收发放医保待遇预计人数', '35条'], ['output', 'quantity', '医疗保险征收发放动员次数', '≥35次'], ['output', 'quality', '医疗网络故障排查整改合格率', '100%'], ['output', 'quality', '医疗网络网络覆盖率', '100%'], ['output', 'cost', '县本级医疗网络运维成本', '≤750元/月']] }), buildTestProject({ name: '医疗保险网络运行维护费', totalWan: 17.8, indicators: [['output', 'quantity', '征收发放医保待遇预计人数', '150000人'], ['output', 'quantity', '医疗保险征收发放动员次数', '16次'], ['output', 'quality', '医疗网络网络覆盖率', '100%'], ['output', 'cost', '医疗保险网络运行维护费', '≤17.8万元']] })]);
    expect(f).toHaveLength(2); expect(f[0]?.evidence.shared).toBe(3);
  });

  it('does not report same-name projects split by funding source', () => {
    expect(run([buildTestProject({ name: '城乡居民基本医疗保险', totalWan: 18278, indicators: [['output', 'quantity', '覆盖城乡居民基本医疗保险所有人', '386579人'], ['output', 'timeliness', '预算执行时间', '≤365'], ['outcome', 'socialBenefit', '对健全社会保障体系的作用', '成效明显']] }), buildTestProject({ name: '城乡居民基本医疗保险', totalWan: 1870, indicators: [['output', 'quantity', '覆盖城乡居民基本医疗保险所有人', '386579人'], ['output', 'timeliness', '预算执行时间', '≤365'], ['outcome', 'socialBenefit', '对健全社会保障体系的作用', '成效明显']] })])).toEqual([]);
  });
});
