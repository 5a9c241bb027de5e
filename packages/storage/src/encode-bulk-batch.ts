import type { BulkRows } from './bulk-insert-projects';
import { encodeCopyRow, type CopyValue } from './encode-copy-row';
import type { IndicatorsTable, ProjectsTable } from './schema';

/**
 * The tables a batch carries. Version 1 of each project is not encoded: its row is the project's
 * own document, status and authorship, copied by the database (`writeBulkBatch`), so the largest
 * column crosses threads and the wire once.
 */
export const BULK_TABLES = ['projects', 'indicators'] as const;
export type BulkTable = (typeof BULK_TABLES)[number];

/** The columns written per table, in the order of the encoded values. */
export const BULK_COLUMNS: { readonly [T in BulkTable]: readonly string[] } = {
  projects: [
    'id', 'unit_id', 'fiscal_year', 'code', 'name', 'kind', 'status', 'funds_total', 'funds_fiscal', 'funds_other',
    'version', 'natural_key', 'grade', 'score', 'finding_count', 'indicator_count', 'document', 'created_at',
    'updated_at', 'created_by', 'updated_by',
  ] satisfies (keyof ProjectsTable)[],
  indicators: ['id', 'project_id', 'fiscal_year', 'position', 'level1', 'level2', 'name', 'target_text', 'op', 'value', 'unit'] satisfies (keyof IndicatorsTable)[],
};

/** The column holding the JSON document, which the `values` format carries as UTF-8 bytes. */
export const BULK_BYTE_COLUMNS: ReadonlySet<string> = new Set(['document']);

/** A value of the `values` format: the document columns are UTF-8 views into `documents`. */
export type BulkValue = CopyValue | Uint8Array;

/**
 * A batch ready to write, with nothing left to compute on the writing thread: PostgreSQL COPY text
 * per table as UTF-8 bytes (each in its own ArrayBuffer, so a worker can transfer it without a
 * copy), or, for SQLite, each table's values flat and row-major in `BULK_COLUMNS` order, the
 * documents (the bulk of the data) as views into one UTF-8 buffer — transferred, not cloned, and
 * bound as bytes, so the writing thread neither copies nor re-encodes them.
 */
export type EncodedBulkBatch =
  | { readonly format: 'copy'; readonly count: number; readonly ids: readonly string[]; readonly tables: { readonly [T in BulkTable]: Uint8Array } }
  | {
      readonly format: 'values';
      readonly count: number;
      readonly ids: readonly string[];
      readonly tables: { readonly [T in BulkTable]: readonly BulkValue[] };
      readonly documents: Uint8Array;
    };

export type BulkFormat = EncodedBulkBatch['format'];

/** Encodes built rows for the database they go to (`copy` for PostgreSQL, `values` for SQLite). */
export function encodeBulkBatch(rows: BulkRows, format: BulkFormat): EncodedBulkBatch {
  const source: { readonly [T in BulkTable]: readonly object[] } = { projects: rows.projects, indicators: rows.indicators };
  const ids = rows.projects.map((p) => p.id);
  if (format === 'values') return { format, count: ids.length, ids, ...encodeValues(source) };
  const text = (table: BulkTable): Uint8Array => {
    const columns = BULK_COLUMNS[table];
    const lines: string[] = [];
    let size = 0;
    for (const row of source[table]) {
      const line = encodeCopyRow(columns.map((c) => (row as Record<string, CopyValue>)[c] ?? null));
      lines.push(line);
      size += Buffer.byteLength(line);
    }
    // Row by row into one buffer of its own (never Node's shared pool, so it can be transferred):
    // concatenating first would build and flatten one huge string.
    const bytes = Buffer.allocUnsafeSlow(size);
    let end = 0;
    for (const line of lines) end += bytes.write(line, end);
    return bytes;
  };
  return { format, count: ids.length, ids, tables: { projects: text('projects'), indicators: text('indicators') } };
}

/** What a worker transfers (rather than copies) when it posts the batch. */
export function transferListOf(batch: EncodedBulkBatch): ArrayBuffer[] {
  return batch.format === 'copy' ? BULK_TABLES.map((t) => batch.tables[t].buffer as ArrayBuffer) : [batch.documents.buffer as ArrayBuffer];
}

/**
 * The `values` format: each table flat and row-major, then every document written into one buffer
 * and its slot in the values replaced by a view of its bytes.
 */
function encodeValues(source: { readonly [T in BulkTable]: readonly object[] }): Pick<Extract<EncodedBulkBatch, { format: 'values' }>, 'tables' | 'documents'> {
  const slots: { readonly values: BulkValue[]; readonly at: number; readonly text: string }[] = [];
  let size = 0;
  const flat = (table: BulkTable): BulkValue[] => {
    const columns = BULK_COLUMNS[table];
    const isBytes = columns.map((c) => BULK_BYTE_COLUMNS.has(c));
    const values: BulkValue[] = [];
    for (const row of source[table]) {
      for (let c = 0; c < columns.length; c++) {
        const v = (row as Record<string, CopyValue>)[columns[c]!] ?? null;
        if (isBytes[c] && typeof v === 'string') {
          slots.push({ values, at: values.length, text: v });
          size += Buffer.byteLength(v);
        }
        values.push(v);
      }
    }
    return values;
  };
  const tables = { projects: flat('projects'), indicators: flat('indicators') };
  // Its own ArrayBuffer (never Node's shared pool), so a worker can transfer it.
  const documents = Buffer.allocUnsafeSlow(size);
  let end = 0;
  for (const { values, at, text } of slots) {
    const written = documents.write(text, end);
    values[at] = documents.subarray(end, end + written);
    end += written;
  }
  return { tables, documents };
}
