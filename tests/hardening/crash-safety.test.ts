import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, verifyAuditChain } from '@jixiao/storage';
import { countKill, createHardeningCounters, recordHardeningCounters } from './support/record-hardening-counters';

const SAMPLE = 'fixtures/samples/000_090c4012b2f0612f.txt';
const PROJECTS_IN_SAMPLE = 17;
// The real CLI (`jixiao import`, started through tsx: seconds per start) killed end to end; the
// many kills of every kind on both databases are in crash-writes.test.ts. 3 kills in CI, 10 with
// JIXIAO_HARDENING_FULL=1, or JIXIAO_HARDENING_CLI_KILLS.
const KILLS = Math.max(1, Number(process.env.JIXIAO_HARDENING_CLI_KILLS ?? (process.env.JIXIAO_HARDENING_FULL === '1' ? 10 : 3)));
const FIRST_KILL_MS = 200;
/** Upper bound for the last kill, whatever the calibration run measured. */
const LAST_KILL_MS = 30_000;

const counters = createHardeningCounters();
const dir = mkdtempSync(join(tmpdir(), 'jixiao-crash-'));
const dbFile = join(dir, 'crash.db');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  recordHardeningCounters('crash-safety', counters);
});

/** When to kill: a time after the start, or a time after the database file appears (the save window). */
type KillAt = { readonly afterStartMs: number } | { readonly afterFileMs: number } | null;

/** Runs `jixiao import SAMPLE` on `file`; kills it with SIGKILL at `killAt` unless it ended first. */
function runImport(killAt: KillAt, file = dbFile): Promise<{ code: number | null; signal: NodeJS.Signals | null; fileAtMs: number | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let fileAtMs: number | null = null;
    const child = spawn(process.execPath, ['packages/cli/bin/jixiao.mjs', 'import', SAMPLE], {
      env: { ...process.env, JIXIAO_DB: file, DATABASE_URL: '' },
      stdio: 'ignore',
    });
    const timers: ReturnType<typeof setTimeout>[] = [];
    if (killAt && 'afterStartMs' in killAt) timers.push(setTimeout(() => child.kill('SIGKILL'), killAt.afterStartMs));
    const poll = setInterval(() => {
      if (fileAtMs !== null || !existsSync(file)) return;
      fileAtMs = performance.now() - started;
      if (killAt && 'afterFileMs' in killAt) timers.push(setTimeout(() => child.kill('SIGKILL'), killAt.afterFileMs));
    }, 2);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      for (const t of timers) clearTimeout(t);
      resolve({ code, signal, fileAtMs });
    });
  });
}

/** What a crash may leave: a consistent file, no half-imported document, an intact audit chain. */
async function checkDatabase(): Promise<number> {
  if (!existsSync(dbFile)) return 0;
  const sqlite = new BetterSqlite3(dbFile);
  let projects = 0;
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const hasProjects = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'projects'").get();
    if (hasProjects) projects = (sqlite.prepare('SELECT count(*) AS n FROM projects').get() as { n: number }).n;
    expect([0, PROJECTS_IN_SAMPLE]).toContain(projects);
    if (hasProjects) {
      const versions = (sqlite.prepare('SELECT count(*) AS n FROM project_versions').get() as { n: number }).n;
      expect(versions).toBe(projects);
    }
  } finally {
    sqlite.close();
  }
  if (projects > 0) {
    const database = await openDatabase({ sqlitePath: dbFile, env: {} });
    try {
      expect(await verifyAuditChain(database.db)).toBeNull();
    } finally {
      await database.close();
    }
  }
  return projects;
}

function removeDatabase(): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${dbFile}${suffix}`, { force: true });
}

describe(`crash safety: jixiao import killed with SIGKILL ${KILLS} times`, () => {
  it('leaves a consistent database every time, then a clean import completes', async () => {
    // One uninterrupted run (on a scratch file) measures start-up (until the database file appears)
    // and the save window (from then to the end) on this machine. A third of the kills land in
    // start-up; the rest at moments spread over the save window, counted from the moment the database
    // file appears in that run (a fresh file each time), so timing jitter cannot push them all outside it.
    const started = performance.now();
    const calibration = await runImport(null, join(dir, 'calibration.db'));
    expect(calibration.code).toBe(0);
    const total = Math.min(LAST_KILL_MS, performance.now() - started);
    const opened = Math.min(total, calibration.fileAtMs ?? total / 2);
    const window = Math.max(50, total - opened);
    const early = Math.max(1, Math.round(KILLS / 3));
    const late = KILLS - early;
    const moments: Exclude<KillAt, null>[] = [
      ...Array.from({ length: early }, (_, k) => ({ afterStartMs: Math.round(FIRST_KILL_MS + ((Math.max(opened, FIRST_KILL_MS) - FIRST_KILL_MS) * k) / early) })),
      ...Array.from({ length: late }, (_, k) => ({ afterFileMs: Math.round((window * k) / late) })),
    ];
    const outcomes: string[] = [];
    for (const at of moments) {
      if ('afterFileMs' in at) removeDatabase();
      const r = await runImport(at);
      const projects = await checkDatabase();
      const label = 'afterStartMs' in at ? `${at.afterStartMs}ms` : `file+${at.afterFileMs}ms`;
      outcomes.push(`${label}:${r.signal ?? `exit ${String(r.code)}`}:${existsSync(dbFile) ? `${projects} projects` : 'no file yet'}`);
      if (r.signal === 'SIGKILL') countKill(counters, 'cli import (sqlite)');
      else {
        // The import ended before the kill: everything it reported saved must be there.
        if (r.code !== 0 || projects !== PROJECTS_IN_SAMPLE) counters.savesLost++;
        expect(r.code).toBe(0);
        expect(projects).toBe(PROJECTS_IN_SAMPLE);
      }
      if (projects === PROJECTS_IN_SAMPLE) removeDatabase();
    }
    console.log(`crash-safety: ${outcomes.join(' ')}`);
    const clean = await runImport(null);
    expect(clean.code).toBe(0);
    const saved = await checkDatabase();
    if (saved !== PROJECTS_IN_SAMPLE) counters.savesLost++;
    expect(saved).toBe(PROJECTS_IN_SAMPLE);
    counters.payloadsTried += KILLS;
  }, 240_000);
});
