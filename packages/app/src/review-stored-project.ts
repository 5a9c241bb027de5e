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
 * packages/core/src/review). The engine is still being written: until it exports
 * `reviewProject`, this returns null and the API answers `review: null`. When it lands, call it
 * here and map its findings to `ReviewFindingView`.
 */
export function reviewStoredProject(_stored: StoredProject): ProjectReview | null {
  return null;
}
