import { REVIEW_DIMENSIONS, type Finding, type ReviewDimension } from './finding';
import type { RuleProfile } from './rule-profile';

export type ReviewGrade = 'excellent' | 'good' | 'fair' | 'poor';

export const GRADE_LABELS: Readonly<Record<ReviewGrade, string>> = { excellent: '优', good: '良', fair: '中', poor: '差' };

export interface ReviewScore {
  /** 0–100, two decimals. */
  readonly score: number;
  readonly grade: ReviewGrade;
  /** Points kept per dimension (each starts at its weight). */
  readonly dimensions: Readonly<Record<ReviewDimension, number>>;
  /** True when a blocking error capped the grade at 中 (R-REV-07). */
  readonly capped: boolean;
}

/**
 * Pre-review score (rules.md R-REV-07): each dimension starts at its weight from the profile (完整性30, 相关性25,
 * 适当性25, 可行性20); each finding deducts `profile.deductions[severity]` points (error 8, warning 3, info 1) from
 * its dimension, never below 0. Grade by the profile's bands (优 ≥90, 良 ≥80, 中 ≥60, else 差); any blocking error
 * caps the grade at 中.
 */
export function gradeFindings(findings: readonly Finding[], profile: RuleProfile): ReviewScore {
  const kept: Record<ReviewDimension, number> = { ...profile.dimensionWeights };
  let capped = false;
  for (const f of findings) {
    kept[f.dimension] = Math.max(0, kept[f.dimension] - profile.deductions[f.severity]);
    if (f.blocking) capped = true;
  }
  const score = Math.round(REVIEW_DIMENSIONS.reduce((s, d) => s + kept[d], 0) * 100) / 100;
  const bands = profile.gradeBands;
  let grade: ReviewGrade = score >= bands.excellent ? 'excellent' : score >= bands.good ? 'good' : score >= bands.fair ? 'fair' : 'poor';
  if (capped && (grade === 'excellent' || grade === 'good')) grade = 'fair';
  return { score, grade, dimensions: kept, capped: capped && score >= bands.fair };
}
