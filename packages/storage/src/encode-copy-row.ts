export type CopyValue = string | number | null;

/** One row in PostgreSQL COPY text format: tab-separated, `\N` for null, backslash escapes. */
export function encodeCopyRow(values: readonly CopyValue[]): string {
  return `${values.map(encodeCopyValue).join('\t')}\n`;
}

function encodeCopyValue(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot COPY non-finite number ${value}`);
    return String(value);
  }
  return value.replace(/[\\\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}
