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
  const source = { projects: rows.projects, indicators: rows.indicators } as const;
  const ids = rows.projects.map((p) => p.id);
  if (format === 'values') {
    const { bytes, views } = encodeDocuments(source);
    const flat = (table: BulkTable): BulkValue[] => {
      const columns = BULK_COLUMNS[table];
      const out: BulkValue[] = [];
      for (const row of source[table] as readonly object[]) {
        for (const c of columns) {
          const v = (row as Record<string, CopyValue>)[c] ?? null;
          out.push(typeof v === 'string' && BULK_BYTE_COLUMNS.has(c) ? views.get(v)! : v);
        }
      }
      return out;
    };
    const tables = { projects: flat('projects'), indicators: flat('indicators') };
    return { format, count: ids.length, ids, tables, documents: bytes };
  }
  const text = (table: BulkTable): Uint8Array => {
    const columns = BULK_COLUMNS[table];
    const lines: string[] = [];
    let size = 0;
    for (const row of source[table] as readonly object[]) {
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

/** Every document of the batch encoded into one buffer, and a view of each. */
function encodeDocuments(source: { readonly [T in BulkTable]: readonly object[] }): { bytes: Uint8Array; views: Map<string, Uint8Array> } {
  const texts = new Set<string>();
  let size = 0;
  for (const table of BULK_TABLES) {
    const columns = BULK_COLUMNS[table].filter((c) => BULK_BYTE_COLUMNS.has(c));
    for (const row of source[table]) {
      for (const c of columns) {
        const v = (row as Record<string, unknown>)[c];
        if (typeof v === 'string' && !texts.has(v)) {
          texts.add(v);
          size += Buffer.byteLength(v);
        }
      }
    }
  }
  // Its own ArrayBuffer (never Node's shared pool), so a worker can transfer it.
  const bytes = Buffer.allocUnsafeSlow(size);
  const views = new Map<string, Uint8Array>();
  let end = 0;
  for (const text of texts) {
    const written = bytes.write(text, end);
    views.set(text, bytes.subarray(end, end + written));
    end += written;
  }
  return { bytes, views };
}
