import type { ImportIssue } from '../model/import-issue';
import type { SourceLocation } from '../model/source-location';

/**
 * The one shape every reader produces: the document as rows of cell texts, in reading order.
 * - A table row is one Row; its cells are in column order. A cell merged over several rows or
 *   columns gives its text in its first position and '' in the positions it covers, so that
 *   positions stay aligned with the grid (the recogniser also copes when they are not).
 * - A paragraph outside a table is a Row with one cell.
 * - Cell text keeps its inner line breaks as '\n' (a multi-paragraph Word cell, an HTML <p>).
 */
export interface Row {
  readonly cells: readonly string[];
  readonly loc: SourceLocation;
}

export type DocumentFormat = 'txt' | 'docx' | 'xlsx' | 'html' | 'pdf';

export interface CellDocument {
  readonly format: DocumentFormat;
  readonly rows: readonly Row[];
  /** Problems met while reading (unreadable part, truncated file); the recogniser adds its own. */
  readonly issues: readonly ImportIssue[];
}
