import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importDocument } from '@jixiao/app';
import {
  backupDatabase,
  countProjects,
  getProject,
  openDatabase,
  restoreDatabase,
  verifyAuditChain,
  type Database,
  type DatabaseTarget,
} from '@jixiao/storage';
import { runCli } from '../../packages/cli/src/main';
import { openTestDatabase, pgAdminUrl } from '../storage/support/describe-each-dialect';
import { createHardeningCounters, recordHardeningCounters } from './support/record-hardening-counters';

const SAMPLE = 'fixtures/samples/002_958eda048e829117.txt';
const counters = createHardeningCounters();
const dir = mkdtempSync(join(tmpdir(), 'jixiao-backup-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  recordHardeningCounters('backup-restore', counters);
});

async function populate(database: Database): Promise<void> {
  const outcome = await importDocument(database, new Uint8Array(readFileSync(SAMPLE)), '002_958eda048e829117.txt', { actor: 'hardening' });
  expect(outcome.error).toBeNull();
  expect(outcome.saved?.created).toBeGreaterThan(0);
}

/** Project count, one project's document and the audit chain must survive a round trip. */
async function expectSameContent(original: Database, restored: Database): Promise<void> {
  const n = await countProjects(original.db);
  expect(n).toBeGreaterThan(0);
  expect(await countProjects(restored.db)).toBe(n);
  const first = await original.db.selectFrom('projects').select('id').orderBy('id').executeTakeFirstOrThrow();
  const a = await getProject(original.db, first.id);
  const b = await getProject(restored.db, first.id);
  expect(b?.project).toEqual(a?.project);
  expect(b?.version).toBe(a?.version);
  expect(await verifyAuditChain(restored.db)).toBeNull();
  counters.savesLost += n - (await countProjects(restored.db));
}

describe('SQLite backup and restore', () => {
  const source = join(dir, 'source.db');
  const backup = join(dir, 'backup.db');
  const target = join(dir, 'restored.db');
  let original: Database;
  beforeAll(async () => {
    original = await openDatabase({ sqlitePath: source, migrate: true, env: {} });
    await populate(original);
  });
  afterAll(() => original.close());

  it('round-trips a populated database through the online backup API', async () => {
    await backupDatabase({ kind: 'sqlite', path: source }, backup);
    await restoreDatabase({ kind: 'sqlite', path: target }, backup);
    const restored = await openDatabase({ sqlitePath: target, env: {} });
    try {
      await expectSameContent(original, restored);
    } finally {
      await restored.close();
    }
  });

  it('refuses to overwrite a database that holds data unless forced', async () => {
    const populated: DatabaseTarget = { kind: 'sqlite', path: source };
    await expect(restoreDatabase(populated, backup)).rejects.toThrow(/已有数据.*--force/);
    await restoreDatabase({ kind: 'sqlite', path: target }, backup, { force: true });
    await expect(restoreDatabase({ kind: 'sqlite', path: join(dir, 'x.db') }, join(dir, 'missing.db'))).rejects.toThrow(/备份文件不存在/);
  });

  it('the CLI: audit verify, backup, restore (refused, then forced), and a broken chain exits 1 with its seq', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const saved = process.env.JIXIAO_DB;
    try {
      process.env.JIXIAO_DB = source;
      expect(await runCli(['node', 'jixiao', 'audit', 'verify'])).toBe(0);
      expect(out.mock.calls.map((c) => String(c[0])).join('')).toMatch(/审计日志完整（\d+ 条）/);
      const cliBackup = join(dir, 'cli-backup.db');
      expect(await runCli(['node', 'jixiao', 'backup', '--out', cliBackup])).toBe(0);
      process.env.JIXIAO_DB = target;
      expect(await runCli(['node', 'jixiao', 'restore', '--from', cliBackup])).toBe(1);
      expect(await runCli(['node', 'jixiao', 'restore', '--from', cliBackup, '--force'])).toBe(0);

      const tampered = await openDatabase({ sqlitePath: target, env: {} });
      await tampered.db.updateTable('audit_log').set({ actor: 'mallory' }).where('seq', '=', 2).execute();
      await tampered.close();
      expect(await runCli(['node', 'jixiao', 'audit', 'verify'])).toBe(1);
      expect(err.mock.calls.map((c) => String(c[0])).join('')).toContain('第 2 条');
      counters.payloadsTried++;
    } finally {
      if (saved === undefined) delete process.env.JIXIAO_DB;
      else process.env.JIXIAO_DB = saved;
      process.exitCode = 0;
      out.mockRestore();
      err.mockRestore();
    }
  });
});

if (!pgAdminUrl) {
  console.warn(`\n${'!'.repeat(78)}\n!! JIXIAO_TEST_PG_URL is not set: the PostgreSQL backup/restore test is SKIPPED (run npm test)\n${'!'.repeat(78)}\n`);
}

describe.skipIf(!pgAdminUrl)('PostgreSQL backup (pg_dump -Fc) and restore (pg_restore)', () => {
  it('round-trips a populated database into an empty one', async () => {
    const from = await openTestDatabase('postgres');
    const to = await openTestDatabase('postgres');
    try {
      await openDatabase({ databaseUrl: from.url, migrate: true, env: {} }).then((d) => d.close());
      await populate(from.database);
      const file = join(dir, 'pg.dump');
      await backupDatabase({ kind: 'postgres', url: from.url }, file);
      await restoreDatabase({ kind: 'postgres', url: to.url }, file);
      await expectSameContent(from.database, to.database);
      await expect(restoreDatabase({ kind: 'postgres', url: from.url }, file)).rejects.toThrow(/已有数据/);
    } finally {
      await from.cleanup();
      await to.cleanup();
    }
  });
});
