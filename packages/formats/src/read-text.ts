import { decodeText, type CellDocument } from '@jixiao/core';
import { createTruncatedIssue } from './create-issue';
import { createRowSink } from './create-row-sink';
import { resolveReadLimits, type ReadLimits } from './read-limits';

/**
 * Reads a plain-text document (any of UTF-8, UTF-8 with BOM, UTF-16LE/BE, GB18030/GBK): one Row per
 * line holding the whole line (tabs included) as its only cell, empty lines kept, since splitting a
 * line into cells is the recogniser's job. A final line break does not add an empty row.
 */
export function readText(bytes: Uint8Array, limits?: ReadLimits): CellDocument {
  const limit = resolveReadLimits(limits);
  const decoded = decodeText(bytes);
  const issues = [...decoded.issues];
  const sink = createRowSink(limit.maxRows);
  if (decoded.text !== '') {
    const lines = decoded.text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    for (let i = 0; i < lines.length; i++) {
      if (!sink.push([lines[i] as string], { line: i + 1 })) break;
    }
  }
  if (sink.truncated) issues.push(createTruncatedIssue(limit.maxRows));
  return { format: 'txt', rows: sink.rows, issues };
}
