import { describe, expect, it } from 'vitest';
import { createIndicator, type Indicator } from '../model/indicator';
import type { Level1, Level2 } from '../model/taxonomy';
import { parseTargetValue } from '../value/parse-target-value';
import { assessExecutionProgress, classifyExecutionGap } from './assess-execution-progress';
import { assessIndicatorProgress } from './assess-indicator-progress';
import { computeMonthlyTimeProgress, computeQuarterlyTimeProgress, computeTimeProgress } from './compute-time-progress';
import { validateDeviationRecords } from './deviation-record';
import { findPlannedShare } from './find-planned-share';
import { DEFAULT_MONITORING_PROFILE } from './monitoring-profile';

function row(targetText: string, level1: Level1 | null, level2: Level2 | null): Indicator {
  return createIndicator({ level1, level2, name: '测试指标', targetText, target: parseTargetValue(targetText).target });
}

describe('R-MON-03 序时进度', () => {
  it('is days elapsed over days in the year', () => {
    expect(computeTimeProgress('2023-07-31')).toEqual({ elapsedDays: 212, daysInYear: 365, progress: 212 / 365 });
    expect(computeTimeProgress('2024-07-31')).toMatchObject({ elapsedDays: 213, daysInYear: 366 });
    expect(computeTimeProgress('2023-01-01')?.elapsedDays).toBe(1);
    expect(computeTimeProgress('2023-12-31')?.progress).toBe(1);
    expect(computeTimeProgress('2023年3月1日')?.elapsedDays).toBe(60);
    expect(computeTimeProgress('2023-02-29')).toBeNull();
    expect(computeTimeProgress('七月底')).toBeNull();
  });
  it('has monthly and quarterly variants', () => {
    expect(computeMonthlyTimeProgress(7)).toBe(7 / 12);
    expect(computeMonthlyTimeProgress(12)).toBe(1);
    expect([2, 3, 7, 9, 12].map(computeQuarterlyTimeProgress)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe('资金支出计划 share', () => {
  const plan = [
    { month: 3, percent: 30 },
    { month: 6, percent: 60 },
    { month: 10, percent: 90 },
    { month: 12, percent: 100 },
  ];
  it('reads checkpoints and interpolates between them', () => {
    expect(findPlannedShare(plan, 6)).toBeCloseTo(0.6, 10);
    expect(findPlannedShare(plan, 7)).toBeCloseTo(0.675, 10);
    expect(findPlannedShare(plan, 1)).toBeCloseTo(0.1, 10);
    expect(findPlannedShare(plan, 12)).toBeCloseTo(1, 10);
    expect(findPlannedShare([], 7)).toBeNull();
  });
});

describe('R-MON-05 execution against time and plan', () => {
  const monthly = { ...DEFAULT_MONITORING_PROFILE, timeBasis: 'monthly' as const };
  const at = (executed: number) => assessExecutionProgress({ budget: 1_000_000, executed, asOf: '2023-06-30' }, monthly)!;
  it('yellow beyond 10 points behind, red beyond 20', () => {
    expect(at(400_000)).toMatchObject({ behindTime: 10, light: 'green' });
    expect(at(399_900).light).toBe('yellow');
    expect(at(300_000)).toMatchObject({ behindTime: 20, light: 'yellow' });
    expect(at(299_900).light).toBe('red');
    expect(at(700_000)).toMatchObject({ behindTime: -20, light: 'green' });
    expect(classifyExecutionGap(25, { ...DEFAULT_MONITORING_PROFILE, executionRedPoints: 30 })).toBe('yellow');
  });
  it('uses days by default and compares with the plan', () => {
    const r = assessExecutionProgress({ budget: 10_000_000, executed: 3_000_000, asOf: '2023-07-31', spendingPlan: [{ month: 6, percent: 60 }, { month: 12, percent: 100 }] })!;
    expect(r.timeProgress).toBeCloseTo(212 / 365, 10);
    expect(r.behindTime).toBeCloseTo(28.0822, 3);
    expect(r.light).toBe('red');
    expect(r.plannedShare).toBeCloseTo(0.6667, 3);
    expect(r.planLight).toBe('red');
    expect(r.formula).toContain('序时进度 212/365');
    expect(assessExecutionProgress({ budget: 0, executed: 0, asOf: '2023-07-31' })).toBeNull();
  });
  it('supports quarterly checkpoints', () => {
    const r = assessExecutionProgress({ budget: 100, executed: 45, asOf: '2023-08-31' }, { ...DEFAULT_MONITORING_PROFILE, timeBasis: 'quarterly' })!;
    expect(r).toMatchObject({ timeProgress: 0.5, behindTime: 5, light: 'green' });
  });
});

describe('R-MON-04 indicator lights', () => {
  const quantity = row('≥1200人次', 'output', 'quantity');
  const at6 = (a: string) => assessIndicatorProgress(quantity, a, 6);
  it('positive 数量: s = t·month/12 with 0.6s / 0.8s / 1.2s edges, and a linear forecast', () => {
    expect(at6('360人次')).toMatchObject({ method: 'pro-rata', expected: 600, light: 'yellow' });
    expect(at6('359人次').light).toBe('red');
    expect(at6('480人次').light).toBe('green');
    expect(at6('479人次').light).toBe('yellow');
    expect(at6('719人次').light).toBe('green');
    expect(at6('720人次')).toMatchObject({ light: 'blue', forecast: 1440, forecastReached: true });
    expect(at6('500人次')).toMatchObject({ forecast: 1000, forecastReached: false });
  });
  it('效益 and 满意度 are pro-rata too; percent forecasts are capped at 100', () => {
    expect(assessIndicatorProgress(row('≥90%', 'satisfaction', 'serviceSatisfaction'), '92%', 7)).toMatchObject({ method: 'pro-rata', light: 'blue', forecast: 100 });
    expect(assessIndicatorProgress(row('≥31万人', 'outcome', 'socialBenefit'), '15万人', 6)).toMatchObject({ light: 'green', expected: 155000 });
  });
  it('reverse, 质量, 时效 and 成本: green within the target, red outside', () => {
    expect(assessIndicatorProgress(row('≤197.36元/人/年', 'cost', 'economicCost'), '183.66元/人/年', 7)).toMatchObject({ method: 'range', light: 'green' });
    expect(assessIndicatorProgress(row('≤5万元', 'output', 'cost'), '5.2万元', 7).light).toBe('red');
    expect(assessIndicatorProgress(row('≥95%', 'output', 'quality'), '95%', 3).light).toBe('green');
    expect(assessIndicatorProgress(row('≥95%', 'output', 'quality'), '94%', 3).light).toBe('red');
    expect(assessIndicatorProgress(row('=0人', 'output', 'quality'), '1人', 3).light).toBe('red');
    expect(assessIndicatorProgress(row('≤30天', 'output', 'timeliness'), '20天', 3).light).toBe('green');
  });
  it('定性: 达到 / 部分达到 / 未达到 → green / yellow / red', () => {
    const q = row('有所提高', 'outcome', 'socialBenefit');
    expect(assessIndicatorProgress(q, '达到', 7).light).toBe('green');
    expect(assessIndicatorProgress(q, '部分达到', 7).light).toBe('yellow');
    expect(assessIndicatorProgress(q, '未达到', 7).light).toBe('red');
    expect(assessIndicatorProgress(q, null, 7)).toMatchObject({ light: 'red', problem: '未填报完成情况' });
  });
});

describe('R-MON-02 deviation records', () => {
  it('every red item needs a cause, a measure and a decision on the target', () => {
    const problems = validateDeviationRecords([
      { key: 'execution', name: '预算执行', light: 'red' },
      { key: 'indicators[0]', name: '参保人数', light: 'red', deviation: { cause: '经费保障', measure: '加快拨付', adjustTarget: false } },
      { key: 'indicators[1]', name: '知晓率', light: 'red', deviation: { cause: '天气' as never, measure: ' ', adjustTarget: true } },
      { key: 'indicators[2]', name: '满意度', light: 'yellow' },
      { key: 'indicators[3]', name: '宣传次数', light: 'green' },
    ]);
    expect(problems.map((p) => p.key)).toEqual(['execution', 'indicators[1]', 'indicators[1]']);
    expect(problems[0]!.message).toBe('“预算执行”为红灯，须填写偏差原因、纠偏措施及是否调整目标');
    expect(problems[1]!.message).toContain('经费保障、制度保障、人员保障、硬件条件保障、其他');
  });
});
