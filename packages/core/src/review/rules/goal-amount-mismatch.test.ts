import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { goalAmountMismatch } from './goal-amount-mismatch';

const run = (p: ReturnType<typeof buildTestProject>) => goalAmountMismatch.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('goal-amount-mismatch', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '举报奖励资金', totalWan: 2, goals: ['依据《西藏自治区欺诈骗取医疗保障基金行为举报奖励办法实施细则(试行)》的通知(藏医保〔2019〕136号, 申请市级资金 10万元, 用于支付符合奖励范围、标准的举报人的奖金'] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('goal-amount-mismatch');
    expect(f[0]?.evidence.goalAmountYuan).toBe(100000); expect(f[0]?.evidence.fundsYuan).toBe(20000); expect(f[0]?.blocking).toBe(true);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '退休人员三大节日慰问金', totalWan: 0.26, goals: ['依据拉财字(2020)2号文件, 申请市级资金2600元, 用于退休人员的三大节日慰问工作。', '退休2人按照1300/人慰问'] }))).toEqual([]);
  });
});
