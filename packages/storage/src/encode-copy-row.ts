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
  // Most values need no escape; the rest are escaped by plain-string replacements (a replacement
  // callback per backslash was ~⅓ of encoding a batch: JSON documents escape every quote).
  if (!NEEDS_ESCAPE.test(value)) return value;
  let out = value.includes('\\') ? value.replace(BACKSLASH, '\\\\') : value;
  if (out.includes('\n')) out = out.replace(NEWLINE, '\\n');
  if (out.includes('\r')) out = out.replace(RETURN, '\\r');
  if (out.includes('\t')) out = out.replace(TAB, '\\t');
  return out;
}

const NEEDS_ESCAPE = /[\\\n\r\t]/;
const BACKSLASH = /\\/g;
const NEWLINE = /\n/g;
const RETURN = /\r/g;
const TAB = /\t/g;
