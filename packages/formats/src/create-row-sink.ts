import type { Row, SourceLocation } from '@jixiao/core';

export interface RowSink {
  readonly rows: Row[];
  /** True once a row was refused because the limit was reached. */
  readonly truncated: boolean;
  /** Adds a row; returns false (and drops it) when the limit is reached. */
  push(cells: readonly string[], loc: SourceLocation): boolean;
}

/** Collects rows up to `maxRows`, remembering whether anything was cut. */
export function createRowSink(maxRows: number): RowSink {
  const rows: Row[] = [];
  let truncated = false;
  return {
    rows,
    get truncated() {
      return truncated;
    },
    push(cells, loc) {
      if (rows.length >= maxRows) {
        truncated = true;
        return false;
      }
      rows.push({ cells, loc });
      return true;
    },
  };
}
