import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type BetterSqlite3 from 'better-sqlite3';
import { from as copyFrom } from 'pg-copy-streams';
import type pg from 'pg';
import { appendAudit } from './append-audit';
import { BULK_BYTE_COLUMNS, BULK_COLUMNS, BULK_TABLES, type BulkFormat, type BulkTable, type BulkValue, type EncodedBulkBatch } from './encode-bulk-batch';
import type { Database } from './open-database';

/** Rows per multi-row INSERT statement on SQLite (21 columns × 40 rows, far below 32,766 parameters). */
const ROWS_PER_STATEMENT = 40;
const prepared = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** Note of the version-1 row of every bulk-inserted project. */
export const BULK_CHANGE_NOTE = 'bulk insert';

/** Version 1 of the batch's projects, copied from their rows; `idFilter` selects the batch's ids. */
const copyVersions = (idFilter: string): string => `
  insert into project_versions (project_id, fiscal_year, version, status, document, changed_by, changed_at, change_note)
  select id, coalesce(fiscal_year, 0), version, status, document, created_by, created_at, '${BULK_CHANGE_NOTE}'
  from projects where ${idFilter}`;

/** The encoding `writeBulkBatch` needs for this database. */
export function bulkFormatFor(database: Database): BulkFormat {
  return database.pgPool ? 'copy' : 'values';
}

/**
 * Writes an encoded batch in one transaction — `COPY … FROM STDIN` of its text on PostgreSQL,
 * cached prepared multi-row INSERTs on SQLite, then each project's version-1 row copied from its
 * row by the database — and appends the batch's `project.bulk-insert` audit entry. All or nothing:
 * a constraint violation rolls the whole batch back and is thrown.
 */
export async function writeBulkBatch(database: Database, batch: EncodedBulkBatch, actor: string, at: string): Promise<void> {
  if (batch.format === 'copy') {
    if (!database.pgPool) throw new Error('COPY batch needs a PostgreSQL database');
    await copyTexts(database.pgPool, batch.tables, batch.ids);
  } else {
    const sqlite = database.sqlite;
    if (!sqlite) throw new Error('values batch needs a SQLite database');
    // Through Kysely's single connection, so no Kysely transaction of another request interleaves.
    await database.db.connection().execute(async () => {
      sqlite.transaction(() => {
        for (const table of BULK_TABLES) insertValues(sqlite, table, batch.tables[table]);
        cached(sqlite, 'versions', () => copyVersions('id in (select value from json_each(?))')).run(JSON.stringify(batch.ids));
      })();
    });
  }
  await appendAudit(database.db, { actor, action: 'project.bulk-insert', entity: 'project', detail: { count: batch.count }, at: new Date(at) });
}

async function copyTexts(pool: pg.Pool, tables: { readonly [T in BulkTable]: Uint8Array }, ids: readonly string[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const table of BULK_TABLES) {
      const bytes = tables[table];
      if (bytes.byteLength === 0) continue;
      await pipeline(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), client.query(copyFrom(`COPY ${table} (${BULK_COLUMNS[table].join(', ')}) FROM STDIN`)));
    }
    await client.query(copyVersions('id = any($1::text[])'), [ids]);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

function insertValues(sqlite: BetterSqlite3.Database, table: BulkTable, values: readonly BulkValue[]): void {
  const width = BULK_COLUMNS[table].length;
  const rows = values.length / width;
  const chunk = width * ROWS_PER_STATEMENT;
  let i = 0;
  if (rows >= ROWS_PER_STATEMENT) {
    const many = statement(sqlite, table, ROWS_PER_STATEMENT);
    for (; i + ROWS_PER_STATEMENT <= rows; i += ROWS_PER_STATEMENT) many.run(values.slice(i * width, i * width + chunk));
  }
  if (i < rows) {
    const one = statement(sqlite, table, 1);
    for (; i < rows; i++) one.run(values.slice(i * width, (i + 1) * width));
  }
}

function statement(sqlite: BetterSqlite3.Database, table: BulkTable, rows: number): BetterSqlite3.Statement {
  return cached(sqlite, `${table}:${rows}`, () => {
    const columns = BULK_COLUMNS[table];
    // The document column arrives as UTF-8 bytes: CAST stores it as TEXT without a round trip through a JS string.
    const tuple = `(${columns.map((c) => (BULK_BYTE_COLUMNS.has(c) ? 'cast(? as text)' : '?')).join(', ')})`;
    return `insert into ${table} (${columns.join(', ')}) values ${Array.from({ length: rows }, () => tuple).join(', ')}`;
  });
}

function cached(sqlite: BetterSqlite3.Database, key: string, text: () => string): BetterSqlite3.Statement {
  let cache = prepared.get(sqlite);
  if (!cache) prepared.set(sqlite, (cache = new Map()));
  let stmt = cache.get(key);
  if (!stmt) cache.set(key, (stmt = sqlite.prepare(text())));
  return stmt;
}
