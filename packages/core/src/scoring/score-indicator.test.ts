import { describe, expect, it } from 'vitest';
import { createIndicator, type Indicator } from '../model/indicator';
import type { Level1, Level2 } from '../model/taxonomy';
import { parseTargetValue } from '../value/parse-target-value';
import { scoreIndicator } from './score-indicator';
import { DEFAULT_SCORING_PROFILE } from './scoring-profile';

/** An indicator row as the importer gives it, with target and actual read by the real grammar. */
function row(targetText: string, actualText: string | null, extra: Partial<Indicator> & { level1?: Level1 | null; level2?: Level2 | null } = {}): Indicator {
  return createIndicator({
    level1: 'output',
    level2: 'quantity',
    name: '测试指标',
    targetText,
    target: parseTargetValue(targetText).target,
    actualText,
    actual: actualText ? parseTargetValue(actualText).target : null,
    ...extra,
  });
}

describe('R-SE-03 positive: a≥t ? w : w·a/t', () => {
  it('a = t gives full points', () => {
    const r = scoreIndicator(row('≥12次', '12次'), 6);
    expect(r).toMatchObject({ score: 6, kind: 'positive', formula: 'a≥t → w', achieved: true, needsDeviationReason: false, overAchievement: false });
  });
  it('a just below t is proportional and needs a deviation reason', () => {
    const r = scoreIndicator(row('≥90%', '85%', { level2: 'quality' }), 5);
    expect(r).toMatchObject({ score: 4.72, formula: 'w·a/t = 5×85/90 = 4.72', achieved: false, needsDeviationReason: true });
    const edge = scoreIndicator(row('≥12次', '11.99次'), 6);
    expect(edge.achieved).toBe(false);
    expect(edge.exactScore).toBeCloseTo(5.995, 6);
  });
  it('compares in the target unit: 人次, 方, scale words of the grammar', () => {
    expect(scoreIndicator(row('≥59人次', '87人次'), 5).score).toBe(5);
    expect(scoreIndicator(row('≥2600方', '2650方'), 6).score).toBe(6);
    expect(scoreIndicator(row('≥200000度', '198000度'), 6)).toMatchObject({ score: 5.94, formula: 'w·a/t = 6×198000/200000 = 5.94' });
    expect(scoreIndicator(row('>=48.10万人', '47.2万人'), 5)).toMatchObject({ score: 4.91, actualValue: 472000 });
    expect(scoreIndicator(row('≥31万人', '295000人'), 14).score).toBe(13.32);
    expect(scoreIndicator(row('≥90%', '85'), 5).score).toBe(4.72);
    expect(scoreIndicator(row('≥12次', '全年共开展维护12次'), 6).score).toBe(6);
  });
  it('> and = with t > 0 are positive', () => {
    expect(scoreIndicator(row('>95%', '95%'), 10).score).toBe(10);
    expect(scoreIndicator(row('=100%', '98%', { level2: 'timeliness' }), 5)).toMatchObject({ kind: 'positive', score: 4.9 });
  });
  it('R-SE-04: a = 1.3t is over-achievement, just below is not', () => {
    const over = scoreIndicator(row('≥6次', '7.8次'), 5);
    expect(over).toMatchObject({ score: 5, overAchievement: true, needsDeviationReason: true, achieved: true });
    expect(over.formula).toContain('1.3t');
    expect(scoreIndicator(row('≥6次', '7.79次'), 5)).toMatchObject({ overAchievement: false, needsDeviationReason: false });
    expect(scoreIndicator(row('≥6次', '17次'), 5).overAchievement).toBe(true);
  });
  it('满意度 is scored as positive', () => {
    const r = scoreIndicator(row('≥95%', '90%', { level1: 'satisfaction', level2: 'serviceSatisfaction' }), 10);
    expect(r).toMatchObject({ kind: 'satisfaction', score: 9.47, formula: 'w·a/t = 10×90/95 = 9.47' });
  });
});

describe('R-SE-03 reverse: a≤t ? w : a≥2t ? 0 : w·(1−(a−t)/t)', () => {
  const cost = { level1: 'cost' as const, level2: 'economicCost' as const };
  it('a = t and a < t give full points', () => {
    expect(scoreIndicator(row('≤3.57元/方', '3.57元/方', cost), 7)).toMatchObject({ kind: 'reverse', score: 7, formula: 'a≤t → w' });
    expect(scoreIndicator(row('≤197.36元/人/年', '183.66元/人/年', cost), 20).score).toBe(20);
  });
  it('between t and 2t falls linearly', () => {
    expect(scoreIndicator(row('≤5万元', '5.8万元', cost), 10)).toMatchObject({ score: 8.4, formula: 'w·(1−(a−t)/t) = 10×(1−(5.8−5)/5) = 8.4', needsDeviationReason: true });
    expect(scoreIndicator(row('≤4400元', '0.45万元', cost), 5).score).toBe(4.89);
    expect(scoreIndicator(row('≤5万元', '58000元', cost), 10).score).toBe(8.4);
    expect(scoreIndicator(row('<30天', '45天'), 4).score).toBe(2);
  });
  it('a = 2t gives 0, just below 2t a little', () => {
    expect(scoreIndicator(row('≤2.50万元', '5万元', cost), 10)).toMatchObject({ score: 0, achieved: false });
    expect(scoreIndicator(row('≤2.50万元', '4.99万元', cost), 10).score).toBe(0.04);
    expect(scoreIndicator(row('≤2.50万元', '5.2万元', cost), 10).formula).toBe('a≥2t → 0（a = 5.2，t = 2.5）');
  });
  it('the w·t/a alternative is selectable', () => {
    const profile = { ...DEFAULT_SCORING_PROFILE, reverseFormula: 'ratio' as const };
    expect(scoreIndicator(row('≤5万元', '8万元', cost), 10, { profile })).toMatchObject({ score: 6.25, formula: 'w·t/a = 10×5/8 = 6.25' });
    expect(scoreIndicator(row('≤5万元', '5万元', cost), 10, { profile }).score).toBe(10);
  });
  it('over-achievement is not flagged for reverse targets', () => {
    expect(scoreIndicator(row('≤5万元', '1万元', cost), 10).overAchievement).toBe(false);
  });
});

describe('R-SE-03 zero target: a≤0 ? w : 0', () => {
  it('=0人 with 0 and with 1', () => {
    expect(scoreIndicator(row('=0人', '0人', { level2: 'quality' }), 5)).toMatchObject({ kind: 'zero-target', score: 5, formula: 'a≤0 → w' });
    expect(scoreIndicator(row('=0人', '1人', { level2: 'quality' }), 5)).toMatchObject({ kind: 'zero-target', score: 0, formula: 'a>0 → 0（a = 1）', needsDeviationReason: true });
    expect(scoreIndicator(row('≤0起', '0起'), 5)).toMatchObject({ kind: 'zero-target', score: 5 });
  });
});

describe('R-SE-03 qualitative bands', () => {
  const q = (actual: string | null, manual?: number) => scoreIndicator(row('有所提高', actual, { level1: 'outcome', level2: 'socialBenefit' }), 20, { manualScore: manual ?? null });
  it('proposes w, 0.7w, 0.3w', () => {
    expect(q('达成年度指标')).toMatchObject({ kind: 'qualitative', band: 'achieved', score: 20, achieved: true, needsDeviationReason: false });
    expect(q('部分达成')).toMatchObject({ band: 'partial', score: 14, needsDeviationReason: true });
    expect(q('未达成年度指标且效果较差')).toMatchObject({ band: 'missed', score: 6 });
    expect(q('有所提高')).toMatchObject({ band: 'achieved', score: 20 });
    expect(q('基本完成').band).toBe('partial');
  });
  it('accepts a manual score inside its band, edges included', () => {
    expect(q('达成', 16)).toMatchObject({ score: 16 });
    expect(q('达成', 20).score).toBe(20);
    expect(q('部分达成', 12).score).toBe(12);
    expect(q('部分达成', 15.99).score).toBe(15.99);
    expect(q('未达成', 11.99).score).toBe(11.99);
    expect(q('未达成', 0).score).toBe(0);
  });
  it('replaces a manual score outside its band by the proposal', () => {
    expect(q('达成', 15.99).score).toBe(20);
    expect(q('部分达成', 16).score).toBe(14);
    expect(q('部分达成', 11.99).score).toBe(14);
    expect(q('未达成', 12).score).toBe(6);
    expect(q('部分达成', 20).formula).toBe('部分达成年度指标并具有一定效果 [0.6w,0.8w) → 0.7w = 14');
  });
  it('an empty actual gives 0; a printed score alone implies its band', () => {
    expect(q(null)).toMatchObject({ score: 0, problem: '未填实际完成值' });
    expect(q('', 17)).toMatchObject({ score: 17, band: 'achieved' });
    expect(q('', 17).formula).toContain('等级由得分推定');
    expect(q('', 9)).toMatchObject({ score: 9, band: 'missed' });
  });
  it('a date target is judged like a qualitative row', () => {
    expect(scoreIndicator(row('2023年12月31日前', '按时完成', { level2: 'timeliness' }), 5)).toMatchObject({ kind: 'qualitative', score: 5 });
  });
  it('a text actual for a numeric target is judged by its band', () => {
    const r = scoreIndicator(row('≤30天', '按时完成', { level2: 'timeliness' }), 5);
    expect(r).toMatchObject({ kind: 'qualitative', band: 'achieved', score: 5 });
    expect(r.formula).toContain('按定性评分');
  });
});

describe('rows that cannot be rescored', () => {
  it('keeps the printed score and says why', () => {
    const r = scoreIndicator(row('≥90%', '12次'), 5, { manualScore: 5 });
    expect(r).toMatchObject({ score: 5, problem: '实际值单位“次”与目标单位“%”不一致' });
    expect(r.formula).toBe('无法复核（实际值单位“次”与目标单位“%”不一致），沿用表上得分');
    expect(scoreIndicator(row('≥90%', null), 5)).toMatchObject({ score: 0, problem: '未填实际完成值' });
  });
});

describe('edges of every formula (issue #6)', () => {
  it('positive: a = 0 gives 0, a just above t full points without over-achievement', () => {
    expect(scoreIndicator(row('≥12次', '0次'), 6)).toMatchObject({ score: 0, formula: 'w·a/t = 6×0/12 = 0', needsDeviationReason: true });
    expect(scoreIndicator(row('≥12次', '12.01次'), 6)).toMatchObject({ score: 6, overAchievement: false, needsDeviationReason: false });
  });
  it('reverse: a just above t loses a little; < behaves like ≤ at t', () => {
    expect(scoreIndicator(row('≤100元', '100.5元'), 10)).toMatchObject({ kind: 'reverse', score: 9.95, achieved: false, needsDeviationReason: true });
    expect(scoreIndicator(row('<30天', '30天'), 4)).toMatchObject({ kind: 'reverse', score: 4, achieved: true });
  });
  it('zero target: ≤0 with a > 0 gives 0', () => {
    expect(scoreIndicator(row('≤0起', '1起'), 5)).toMatchObject({ kind: 'zero-target', score: 0, formula: 'a>0 → 0（a = 1）' });
  });
  it('满意度 reached exactly, and 1.3t over-achievement on a satisfaction target', () => {
    const sat = { level1: 'satisfaction' as const, level2: 'serviceSatisfaction' as const };
    expect(scoreIndicator(row('≥90%', '90%', sat), 10)).toMatchObject({ kind: 'satisfaction', score: 10, needsDeviationReason: false });
    expect(scoreIndicator(row('≥70%', '91%', sat), 10)).toMatchObject({ kind: 'satisfaction', score: 10, overAchievement: true, needsDeviationReason: true });
  });
});
