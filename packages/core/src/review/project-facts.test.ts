import { describe, expect, it } from 'vitest';
import { buildTestProject } from './build-test-project';
import { buildProjectFacts, releaseProjectFacts } from './project-facts';
import { checkProjectFacts, checkProjectFactsAndRelease } from './review-project';
import { DEFAULT_RULE_PROFILE } from './rule-profile';

const project = buildTestProject({
  name: '举报奖励资金',
  totalWan: 2,
  goals: ['目标1：申请市级资金 10万元，用于支付举报人的奖金', '有效打击欺诈骗保行为'],
  indicators: [
    ['output', 'quantity', '  举报行为： ', '≥10例'],
    ['output', 'cost', '举报奖励', '≤2万元'],
    ['satisfaction', 'serviceSatisfaction', '参保群众满意度', '≥95%'],
  ],
});

describe('project facts', () => {
  it('gives the indicator names without the other traits, normalised like the traits', () => {
    const facts = buildProjectFacts(project, 3);
    expect(facts.indicatorNames).toEqual(['举报行为', '举报奖励', '参保群众满意度']);
    expect(facts.indicators.map((t) => t.name)).toEqual(facts.indicatorNames);
    expect(facts.indicators[1]?.moneyFen).toBe(2_000_000);
  });

  it('computes released facts again, equal to the first ones', () => {
    const facts = buildProjectFacts(project, 3);
    const traits = facts.indicators;
    const grams = facts.indicatorGrams;
    const amounts = facts.goalAmounts;
    expect(facts.indicators).toBe(traits); // cached while kept
    releaseProjectFacts(facts);
    expect(facts.indicators).not.toBe(traits);
    expect(facts.indicators).toEqual(traits);
    expect(facts.indicatorGrams).not.toBe(grams);
    expect(facts.indicatorGrams).toEqual(grams);
    expect(facts.goalAmounts).toEqual(amounts);
    expect(amounts.map((a) => a.fen)).toEqual([10_000_000]);
  });

  it('finds the same problems when the facts were released in between', () => {
    const kept = buildProjectFacts(project, 0);
    const first = checkProjectFactsAndRelease(kept, DEFAULT_RULE_PROFILE);
    expect(first.length).toBeGreaterThan(0);
    expect(checkProjectFacts(kept, DEFAULT_RULE_PROFILE)).toEqual(first);
    expect(checkProjectFacts(buildProjectFacts(project, 0), DEFAULT_RULE_PROFILE)).toEqual(first);
  });
});
