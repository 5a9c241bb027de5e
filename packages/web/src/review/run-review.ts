import { reviewProject } from '@jixiao/core';
import type { Project } from '@jixiao/core';

/**
 * The one place the web app calls the core review engine (`reviewProject`,
 * packages/core/src/review), in the browser. A change of the engine's API touches only this file.
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

export interface ReviewFinding {
  readonly rule: string;
  readonly category: string;
  readonly severity: FindingSeverity;
  readonly blocking?: boolean;
  readonly message: string;
  readonly suggestion?: string;
  readonly location: { readonly indicator: number | null; readonly field: string };
}

export type ReviewGrade = 'excellent' | 'good' | 'fair' | 'poor';

export interface ReviewResult {
  readonly score: number;
  readonly grade: ReviewGrade;
  readonly findings: readonly ReviewFinding[];
  /** True when a blocking error capped the grade at 中. */
  readonly capped: boolean;
}

const GRADE_BY_TEXT: Readonly<Record<string, ReviewGrade>> = { 优: 'excellent', 良: 'good', 中: 'fair', 差: 'poor', excellent: 'excellent', good: 'good', fair: 'fair', poor: 'poor' };

/** Normalises a grade code or 优/良/中/差 to the code; null when unknown. */
export function toGrade(value: unknown): ReviewGrade | null {
  return typeof value === 'string' ? (GRADE_BY_TEXT[value] ?? null) : null;
}

/** Reviews one project in the browser with the default rule profile. */
export function runReview(project: Project): ReviewResult {
  const review = reviewProject(project);
  return { score: review.score, grade: toGrade(review.grade) ?? 'poor', findings: review.findings, capped: review.capped };
}
