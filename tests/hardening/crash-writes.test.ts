import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '@jixiao/app';
import { createMigrator, migrateToLatest, verifyAuditChain, type DialectName } from '@jixiao/storage';
import { openTestDatabase, pgAdminUrl } from '../storage/support/describe-each-dialect';
import { buildCrashWorker } from './support/build-crash-worker';
import { checkCrashedDatabase, createAcknowledged, readAcknowledgements } from './support/check-crashed-database';
import { prepareCrashSetup } from './support/crash-setup';
import { createRandom } from './support/mutate-document';
import { countKill, createHardeningCounters, recordHardeningCounters } from './support/record-hardening-counters';

// SIGKILL at random moments while a worker process imports, saves, moves projects through the
// workflow or migrates a fresh database, on SQLite and on PostgreSQL. After every kill the database
// must be consistent (see checkCrashedDatabase) and hold every write the worker acknowledged.
// JIXIAO_HARDENING_KILLS kills per database (default 8 in CI, 100 with JIXIAO_HARDENING_FULL=1),
// spread evenly over the four kinds; JIXIAO_CRASH_SEED replays a run.
const FULL = process.env.JIXIAO_HARDENING_FULL === '1';
const KILLS = Math.max(4, Number(process.env.JIXIAO_HARDENING_KILLS ?? (FULL ? 100 : 8)));
const SEED = Number(process.env.JIXIAO_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const KINDS = ['import', 'save', 'transition', 'migration'] as const;
type Kind = (typeof KINDS)[number];
/** The kill lands this long at most after the worker is ready (its loop is running by then). */
const WINDOW_MS: Record<Exclude<Kind, 'migration'>, number> = { import: 1500, save: 600, transition: 600 };
const SAMPLE = 'fixtures/samples/000_090c4012b2f0612f.txt';
/** Where each kind's acknowledged writes are collected. */
const ACKED_OF = { import: 'imports', save: 'saves', transition: 'transitions' } as const;

const counters = createHardeningCounters();
const dir = mkdtempSync(join(tmpdir(), 'jixiao-crash-writes-'));
let worker = '';
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (worker) rmSync(worker, { force: true });
  recordHardeningCounters('crash-writes', counters);
});
beforeAll(async () => {
  worker = await buildCrashWorker();
}, 60_000);

interface WorkerRun {
  readonly signal: NodeJS.Signals | null;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** From `ready` to the end. */
  readonly ms: number;
}

/**
 * Starts the worker; kills it `killAfterMs` after it is ready (null: lets it finish), or, with
 * `afterFirstWrite`, that long after it acknowledged its first write.
 */
function runWorker(kind: Kind, target: { sqlite?: string; pg?: string }, setupFile: string, killAfterMs: number | null, afterFirstWrite = false): Promise<WorkerRun> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [worker], {
      env: { ...process.env, CRASH_KIND: kind, CRASH_SETUP: setupFile, CRASH_SQLITE: target.sqlite ?? '', CRASH_PG_URL: target.pg ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let readyAt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
      if (!readyAt && stdout.startsWith('ready\n')) {
        readyAt = performance.now();
        if (killAfterMs !== null && !afterFirstWrite) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
      // Any line after `ready` is an acknowledged write.
      if (readyAt && afterFirstWrite && !timer && killAfterMs !== null && stdout.indexOf('\n', 'ready\n'.length) > 0) {
        timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolveRun({ signal, code, stdout, stderr, ms: readyAt ? performance.now() - readyAt : 0 });
    });
  });
}

const DIALECTS: DialectName[] = pgAdminUrl ? ['sqlite', 'postgres'] : ['sqlite'];

describe.each(DIALECTS)(`crash safety: ${KILLS} SIGKILLs during imports, saves, transitions and migrations (seed ${SEED}) [%s]`, (dialect) => {
  it('leaves a consistent database holding every acknowledged write, every time', async () => {
    const random = createRandom(SEED);
    const doc = await parseDocument(new Uint8Array(readFileSync(SAMPLE)), SAMPLE);
    expect(doc.projects.length).toBe(17);
    const main = await openTestDatabase(dialect);
    const mainTarget = dialect === 'sqlite' ? { sqlite: main.url } : { pg: main.url };
    const outcomes: string[] = [];
    try {
      await migrateToLatest(main.database.db);
      const { setup, file: setupFile } = await prepareCrashSetup(main.database, mkdtempSync(join(dir, `${dialect}-`)), doc);
      const acked = createAcknowledged();

      // One migration of a fresh database, uninterrupted, measures how long migrating takes here.
      const calibrationDb = await openTestDatabase(dialect);
      let migrationMs: number;
      try {
        const run = await runWorker('migration', dialect === 'sqlite' ? { sqlite: calibrationDb.url } : { pg: calibrationDb.url }, setupFile, null);
        expect(run.code, run.stderr).toBe(0);
        migrationMs = Math.max(20, run.ms);
      } finally {
        await calibrationDb.cleanup();
      }

      for (let k = 0; k < KILLS; k++) {
        const kind = KINDS[k % KINDS.length]!;
        if (kind === 'migration') {
          const fresh = await openTestDatabase(dialect);
          try {
            const killAfter = Math.round(random() * migrationMs);
            const run = await runWorker('migration', dialect === 'sqlite' ? { sqlite: fresh.url } : { pg: fresh.url }, setupFile, killAfter);
            if (run.signal !== 'SIGKILL' && run.code !== 0) counters.crashes++;
            expect(run.signal === 'SIGKILL' || run.code === 0, run.stderr).toBe(true);
            if (dialect === 'sqlite') {
              const sqlite = new BetterSqlite3(fresh.url, { readonly: true });
              expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
              sqlite.close();
            }
            // Whatever the moment, migrating again completes every migration.
            await migrateToLatest(fresh.database.db);
            const migrations = await createMigrator(fresh.database.db).getMigrations();
            expect(migrations.filter((m) => !m.executedAt).map((m) => m.name)).toEqual([]);
            expect(await verifyAuditChain(fresh.database.db)).toBeNull();
            outcomes.push(`migration@${killAfter}ms:${run.signal ?? `exit ${String(run.code)}`}`);
            if (run.signal === 'SIGKILL') countKill(counters, `migration (${dialect})`);
          } finally {
            await fresh.cleanup();
          }
          continue;
        }
        const killAfter = Math.round(random() * WINDOW_MS[kind]);
        // A kill that lands before the first commit tests nothing about acknowledged writes; on a slow
        // machine every kill of a kind may land there. The last kill of each kind that has no
        // acknowledged write yet is therefore timed from the worker's first write.
        const fromFirstWrite = k + KINDS.length >= KILLS && acked[ACKED_OF[kind]].length === 0;
        const run = await runWorker(kind, mainTarget, setupFile, killAfter, fromFirstWrite);
        const before = acked.imports.length + acked.saves.length + acked.transitions.length;
        readAcknowledgements(run.stdout, acked);
        const writes = acked.imports.length + acked.saves.length + acked.transitions.length - before;
        outcomes.push(`${kind}@${killAfter}ms${fromFirstWrite ? ' after first write' : ''}:${run.signal ?? `exit ${String(run.code)}`}:${writes} acked`);
        if (run.signal !== 'SIGKILL') counters.crashes++;
        expect(run.signal, `${kind} worker ended on its own: ${run.stderr.slice(0, 2000)}`).toBe('SIGKILL');
        countKill(counters, `${kind} (${dialect})`);
        const { problems, savesLost } = await checkCrashedDatabase(main.database, setup, acked, dialect === 'sqlite' ? main.url : undefined);
        counters.savesLost += savesLost;
        expect(problems, `after kill ${k + 1} (${kind} at ${killAfter} ms)`).toEqual([]);
      }
      counters.savesAccepted += acked.imports.length + acked.saves.length + acked.transitions.length;
      counters.payloadsTried += KILLS;
      console.log(`crash-writes [${dialect}] seed ${SEED}: ${acked.imports.length} imports, ${acked.saves.length} saves, ${acked.transitions.length} transitions acknowledged and all present; migration ${migrationMs.toFixed(0)} ms; ${outcomes.join(' ')}`);
      // The workers did write: the kills landed among real writes, not before the first one.
      expect(acked.saves.length).toBeGreaterThan(0);
      expect(acked.transitions.length).toBeGreaterThan(0);
    } finally {
      await main.cleanup();
    }
  }, (KILLS * 6 + 60) * 1000);
});
