import { reviewProject } from '@jixiao/core';
import type { StoredProject } from '@jixiao/storage';

/** One finding as the API shows it (a subset of the review engine's `Finding`). */
export interface ReviewFindingView {
  readonly rule: string;
  readonly category: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly suggestion: string;
  /** Index in the project's indicators, or null for the whole project. */
  readonly indicator: number | null;
  readonly field: string;
}

export interface ProjectReview {
  readonly score: number | null;
  readonly grade: string | null;
  readonly findings: readonly ReviewFindingView[];
}

/**
 * The single place where the web app and CLI call the review engine (`reviewProject` in
 * packages/core/src/review). A failure inside the engine must not make the project unreadable:
 * it yields null (`review: null` in the API).
 */
export function reviewStoredProject(stored: StoredProject): ProjectReview | null {
  try {
    const review = reviewProject(stored.project);
    return {
      score: review.score,
      grade: review.grade,
      findings: review.findings.map((f) => ({
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        message: f.message,
        suggestion: f.suggestion,
        indicator: f.location.indicator,
        field: f.location.field,
      })),
    };
  } catch {
    return null;
  }
}
