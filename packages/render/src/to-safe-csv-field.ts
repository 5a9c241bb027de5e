/** Text a spreadsheet would run as a formula (CSV/DDE injection) when it starts with one of these. */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** One CSV field: formula-like text prefixed with `'`, then quoted when it needs to be (RFC 4180). */
export function toSafeCsvField(value: string | number | null | undefined): string {
  if (value == null) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && isFormulaLike(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
