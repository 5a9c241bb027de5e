/**
 * Bounds on what a reader will take in, so that a hostile or broken file cannot exhaust memory or
 * time. Every limit that is hit becomes an issue in the returned document; readers never throw.
 */
export interface ReadLimits {
  /** Largest input accepted, in bytes (default 50 MB). */
  readonly maxInputBytes?: number;
  /** Largest total uncompressed size of a .docx/.xlsx container (default 200 MB). */
  readonly maxUncompressedBytes?: number;
  /** Largest uncompressed/compressed ratio of one zip entry over 1 MB (default 100). */
  readonly maxCompressionRatio?: number;
  /** Most rows a document may yield; the rest is cut with a `truncated` issue (default 200,000). */
  readonly maxRows?: number;
  /** Most PDF pages read; the rest is cut with a `truncated` issue (default 500). */
  readonly maxPdfPages?: number;
  /** Most text items (runs) read from a PDF; the rest is cut with a `truncated` issue (default 200,000). */
  readonly maxPdfTextItems?: number;
  /**
   * Time allowed for reading a PDF's text: 50 ms per KB of file, at least 3 s, at most this many
   * ms (default 60,000); pages not read by then are cut with a `truncated` issue. A content
   * stream of a million tiny text runs fits in a few KB, so size alone cannot bound the work.
   */
  readonly maxPdfMillis?: number;
  /** Deepest table nesting in HTML/.docx kept as tables; deeper tables become cell text (default 32). */
  readonly maxTableDepth?: number;
  /** Widest table row in cells, spans included (default 1,000). */
  readonly maxColumns?: number;
}

export const DEFAULT_READ_LIMITS: Required<ReadLimits> = {
  maxInputBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxRows: 200_000,
  maxPdfPages: 500,
  maxPdfTextItems: 200_000,
  maxPdfMillis: 60_000,
  maxTableDepth: 32,
  maxColumns: 1_000,
};

export function resolveReadLimits(limits: ReadLimits = {}): Required<ReadLimits> {
  return { ...DEFAULT_READ_LIMITS, ...stripUndefined(limits) };
}

function stripUndefined(limits: ReadLimits): ReadLimits {
  return Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined)) as ReadLimits;
}

/** The time allowed for reading a PDF's text (see `maxPdfMillis`): 50 ms per KB, at least 3 s, at most the limit. */
export function pdfTimeBudgetMs(byteLength: number, limits: Required<ReadLimits>): number {
  return Math.min(limits.maxPdfMillis, Math.max(3_000, (50 * byteLength) / 1024));
}
