import { describe, expect, it } from 'vitest';
import type { Indicator } from '../model/indicator';
import type { ExecutionSummary, Project } from '../model/project';
import type { Level1, Level2 } from '../model/taxonomy';
import { buildTestProject } from '../review/build-test-project';
import { parseTargetValue } from '../value/parse-target-value';
import { assignWeights, splitPoints } from './assign-weights';
import { gradeSelfEvaluation } from './grade-self-evaluation';
import { overrideScore } from './override-score';
import { scoreExecution } from './score-execution';
import { scoreProject } from './score-project';
import { DEFAULT_SCORING_PROFILE } from './scoring-profile';

type Row = readonly [Level1 | null, Level2 | null, string, string, string | null, number | null, number | null];

/** A self-evaluation project: [一级, 二级, 名称, 年度指标值, 实际完成值, 分值, 得分]. */
function project(rows: readonly Row[], execution: ExecutionSummary | null = null, total: number | null = null): Project {
  const all: Row[] = [...rows];
  if (total != null) all.push([null, null, '总分', '', null, 100, total]);
  const base = buildTestProject({ name: '测试项目', totalWan: 15 });
  const indicators: Indicator[] = all.map(([level1, level2, name, targetText, actualText, weight, score]) => ({
    ...base.indicators[0]!,
    level1,
    level2,
    level1Text: null,
    level2Text: null,
    required: null,
    name,
    description: null,
    targetText: targetText || null,
    target: targetText ? parseTargetValue(targetText).target : null,
    basis: null,
    priorActual: null,
    weight,
    scoringRule: null,
    scoringRuleText: null,
    evidence: null,
    actualText,
    actual: actualText ? parseTargetValue(actualText).target : null,
    score,
    deviationReason: null,
    raw: {},
  }));
  return { ...base, indicators, execution };
}

const EXEC_95: ExecutionSummary = { budget: 15_000_000, executed: 14_250_000, rate: 0.95, weight: 10, score: 9.5 };

describe('R-SE-01 weights', () => {
  it('takes the form’s 分值 when every indicator has one', () => {
    const p = project([
      ['output', 'quantity', '办公大楼用水量', '≥2600方', '2650方', 6, 6],
      ['outcome', 'socialBenefit', '提高我市医疗保险工作质量', '有效提高', '有效提高', 20, 20],
    ]);
    expect(assignWeights(p.indicators)).toEqual({ weights: [6, 20], source: 'form' });
  });
  it('spreads 产出 50 / 效益 30 / 满意度 10 evenly, 成本 (S101 一级) counting as 产出, in whole cents', () => {
    const p = project([
      ['output', 'quantity', 'A', '≥1次', '1次', null, null],
      ['output', 'quality', 'B', '≥1次', '1次', null, null],
      ['cost', 'economicCost', 'C', '≤1元', '1元', 6, null],
      ['outcome', 'socialBenefit', 'D', '提高', '提高', null, null],
      ['outcome', 'sustainability', 'E', '长期', '长期', null, null],
      ['satisfaction', 'serviceSatisfaction', 'F', '≥95%', '96%', null, null],
    ]);
    const w = assignWeights(p.indicators);
    expect(w.source).toBe('default');
    expect(w.weights).toEqual([16.67, 16.67, 16.66, 15, 15, 10]);
    expect(splitPoints(50, 3).reduce((a, b) => a + b, 0)).toBeCloseTo(50, 10);
  });
  it('redistributes an absent 满意度 as configured', () => {
    const p = project([
      ['output', 'quantity', 'A', '≥1次', '1次', null, null],
      ['outcome', 'socialBenefit', 'B', '提高', '提高', null, null],
    ]);
    expect(assignWeights(p.indicators).weights).toEqual([56.25, 33.75]);
    expect(assignWeights(p.indicators, { ...DEFAULT_SCORING_PROFILE, redistributeAbsent: 'output' }).weights).toEqual([60, 30]);
    expect(assignWeights(p.indicators, { ...DEFAULT_SCORING_PROFILE, redistributeAbsent: 'none' }).weights).toEqual([50, 30]);
  });
  it('uses the defaults when asked even if the form has 分值', () => {
    const p = project([['output', 'quantity', 'A', '≥1次', '1次', 6, 6]]);
    expect(assignWeights(p.indicators, { ...DEFAULT_SCORING_PROFILE, weights: 'default' }).weights).toEqual([90]);
  });
});

describe('R-SE-03 execution: min(executed/budget, 1)·10', () => {
  it('scores the rate and caps it at 1', () => {
    expect(scoreExecution(EXEC_95)).toMatchObject({ rate: 0.95, score: 9.5, formula: '10×min(142500/150000, 1) = 9.5' });
    expect(scoreExecution({ ...EXEC_95, executed: 16_000_000 })).toMatchObject({ rate: 1, score: 10 });
    expect(scoreExecution({ budget: 6_118_230_000, executed: 6_116_400_000, rate: null, weight: null, score: null })).toMatchObject({ score: 10, weight: 10 });
    expect(scoreExecution({ budget: null, executed: null, rate: 0.8, weight: 10, score: 8 })).toMatchObject({ rate: 0.8, score: 8 });
    expect(scoreExecution({ budget: null, executed: null, rate: null, weight: null, score: null })).toMatchObject({ rate: null, score: 0 });
  });
});

describe('R-SE-05 grades', () => {
  it('uses the 90/80/60 bands', () => {
    expect([100, 90, 89.99, 80, 79.99, 60, 59.99, 0].map((s) => gradeSelfEvaluation(s))).toEqual(['excellent', 'excellent', 'good', 'good', 'fair', 'fair', 'poor', 'poor']);
  });
});

describe('scoreProject: totals, printed-score checks, R-SE-06', () => {
  const rows: Row[] = [
    ['output', 'quantity', '办公大楼用水量', '≥2600方', '2650方', 45, 45],
    ['output', 'quality', '政策宣传知晓率', '≥90%', '85%', 45, 45],
  ];
  it('sums rounded scores and the execution score, rounded to 2 decimals, and reports each printed difference', () => {
    const r = scoreProject(project(rows, EXEC_95, 99.5));
    expect(r.total).toBe(97);
    expect(r.printedTotal).toBe(99.5);
    expect(r.grade).toBe('excellent');
    expect(r.indicators.map((l) => l.score)).toEqual([45, 42.5]);
    expect(r.findings.map((f) => [f.category, f.location.indicator, f.location.field, f.evidence.printedScore, f.evidence.expectedScore])).toEqual([
      ['score-mismatch', 1, 'indicators[1].score', 45, 42.5],
      ['score-mismatch', null, 'total', 99.5, 97],
    ]);
    expect(r.findings[0]!.message).toBe('指标“政策宣传知晓率”表上得分45分，按规则应为42.5分（w·a/t = 45×85/90 = 42.5）：实际完成值85%未达到年度指标值≥90%');
    expect(r.findings[0]!.severity).toBe('error');
  });
  it('reports a wrong execution score', () => {
    const r = scoreProject(project(rows.slice(0, 1), { ...EXEC_95, score: 10 }));
    expect(r.findings.map((f) => f.location.field)).toEqual(['execution.score']);
  });
  it('tolerates rounding differences up to 0.01', () => {
    const r = scoreProject(project([['output', 'quantity', 'A', '≥90%', '85%', 5, 4.73]], null, 4.73));
    expect(r.findings).toEqual([]);
  });
  it('R-SE-06 flags a total ≥ 95 with a missed target', () => {
    const r = scoreProject(project(rows, EXEC_95, 99.5));
    expect(r.inflation).toMatchObject({ rule: 'R-SE-06', total: 99.5, missedIndicators: [1] });
  });
  it('R-SE-06 flags a total ≥ 95 with 执行率 < 80%', () => {
    const ok: Row[] = [['output', 'quantity', 'A', '≥1次', '1次', 90, 90]];
    const low = scoreProject(project(ok, { budget: 100_000, executed: 79_900, rate: null, weight: 10, score: null }, 98));
    expect(low.inflation).toMatchObject({ executionRate: 0.799, missedIndicators: [] });
    expect(low.inflation?.message).toContain('预算执行率仅79.90%');
    expect(scoreProject(project(ok, { budget: 100_000, executed: 80_000, rate: null, weight: 10, score: null }, 98)).inflation).toBeNull();
  });
  it('R-SE-06 stays quiet below 95', () => {
    const r = scoreProject(project([['output', 'quantity', 'A', '≥100次', '99次', 90, 89]], { ...EXEC_95, executed: 0, score: 0 }, 94.99));
    expect(r.inflation).toBeNull();
  });
  it('marks missing deviation reasons', () => {
    const r = scoreProject(project(rows));
    expect(r.indicators.map((l) => l.deviationReasonMissing)).toEqual([false, true]);
  });
});

describe('overrideScore', () => {
  const base = scoreProject(
    project(
      [
        ['output', 'quantity', '政策宣传次数', '≥6次', '17次', 45, 45],
        ['output', 'quality', '政策宣传知晓率', '≥90%', '85%', 45, 42.5],
      ],
      EXEC_95,
      97,
    ),
  );
  it('records the override with its reason and recomputes total, grade and findings', () => {
    expect(base.indicators[0]!.overAchievement).toBe(true);
    const r = overrideScore(base, 0, 40, '目标设定偏低，按偏离程度扣减（R-SE-04）');
    expect(r.indicators[0]).toMatchObject({ score: 40, override: { score: 40, previousScore: 45, reason: '目标设定偏低，按偏离程度扣减（R-SE-04）' } });
    expect(r.total).toBe(92);
    expect(r.findings.map((f) => f.location.field)).toEqual(['indicators[0].score', 'total']);
    expect(base.total).toBe(97);
  });
  it('refuses an override without a reason or out of range', () => {
    expect(() => overrideScore(base, 0, 40, '  ')).toThrow('必须填写理由');
    expect(() => overrideScore(base, 0, 46, '理由')).toThrow('0～45');
    expect(() => overrideScore(base, 9, 1, '理由')).toThrow(RangeError);
  });
});

describe('execution edges (issue #6)', () => {
  it('executed = budget gives full points; a zero budget falls back to the printed rate', () => {
    expect(scoreExecution({ budget: 1_500_000, executed: 1_500_000, rate: null, weight: 10, score: null })).toMatchObject({ rate: 1, score: 10, formula: '10×min(15000/15000, 1) = 10' });
    expect(scoreExecution({ budget: 1_500_000, executed: 1_499_999, rate: null, weight: 10, score: null }).score).toBe(10);
    expect(scoreExecution({ budget: 0, executed: 0, rate: 0.5, weight: 10, score: null })).toMatchObject({ rate: 0.5, score: 5 });
    expect(scoreExecution({ budget: 0, executed: 0, rate: null, weight: 10, score: null })).toMatchObject({ rate: null, score: 0, formula: '无预算执行数据 → 0' });
  });
});
