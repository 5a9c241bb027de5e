export interface CatalogueCsv {
  readonly header: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
  /** Chinese messages with line numbers for rows that could not be read. */
  readonly errors: readonly string[];
}

/**
 * Parses a catalogue CSV (UTF-8, optional BOM, a header line, `#` comment lines, RFC 4180 quotes).
 * Rows whose field count differs from the header's are reported, not dropped silently.
 */
export function parseCatalogueCsv(text: string): CatalogueCsv {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: string[] = [];
  const rows: Record<string, string>[] = [];
  let header: string[] | null = null;
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const fields = splitCsvLine(line);
    if (!header) {
      header = fields.map((f) => f.trim());
      return;
    }
    if (fields.length !== header.length) {
      errors.push(`第 ${i + 1} 行有 ${fields.length} 列，表头有 ${header.length} 列`);
      return;
    }
    const row: Record<string, string> = {};
    header.forEach((name, k) => (row[name] = (fields[k] ?? '').trim()));
    rows.push(row);
  });
  if (!header) errors.push('文件没有表头');
  return { header: header ?? [], rows, errors };
}

function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(cur);
      cur = '';
    } else cur += ch;
  }
  fields.push(cur);
  return fields;
}
