import type { SourceLocation } from './source-location';

export type ImportIssueSeverity = 'error' | 'warning' | 'info';

/** Something the importer could not place or had to guess. Messages are Chinese, for users. */
export interface ImportIssue extends SourceLocation {
  readonly code: string;
  readonly severity: ImportIssueSeverity;
  readonly message: string;
  /** The text that could not be placed (shortened to 200 characters). */
  readonly text?: string;
}
