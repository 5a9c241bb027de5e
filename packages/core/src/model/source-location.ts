/** Where a piece of the model came from in its document. Lines are 1-based. */
export interface SourceLocation {
  readonly line?: number;
  readonly endLine?: number;
  /** Spreadsheet or Word table address, e.g. "Sheet1!C12" or "表3 第4行第2列". */
  readonly cell?: string;
  readonly page?: number;
}
