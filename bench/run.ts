// `npm run bench [-- --quick]`: runs every benchmark, prints one JSON report and keeps it in
// bench/results/ with the commit it measured. Each suite runs in a process of its own (this file
// with `--suite=<name>`), measure and floor together, so no suite pays for the heap, threads or
// servers an earlier one left behind.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { startPgCluster } from '../scripts/lib/pg-cluster.mjs';
import type { BenchMeasure, BenchOptions } from './bench-types';
import { failedMeasure } from './failed-measure';

type Suite = (o: BenchOptions) => Promise<BenchMeasure[]>;
const suites: Array<[string, () => Promise<Suite>]> = [
  ['parse', async () => (await import('./parse-bench')).benchParse],
  ['review', async () => (await import('./review-bench')).benchReview],
  ['api', async () => (await import('./api-bench')).benchApi],
  ['exports', async () => (await import('./export-bench')).benchExports],
  ['library', async () => (await import('./library-bench')).benchLibrary],
  ['web', async () => (await import('./web-bench')).benchWeb],
  ['import', async () => (await import('./import-bench')).benchImport],
  ['scale', async () => (await import('./scale-bench')).benchScale],
];

const quick = process.argv.includes('--quick');
const opts: BenchOptions = { quick };
const RESULT_MARK = 'JIXIAO_BENCH_MEASURES ';
const child = process.argv.find((a) => a.startsWith('--suite='))?.slice('--suite='.length);
if (child) {
  // A suite's own process: its measures go to the parent as one marked line on stdout.
  const load = suites.find(([name]) => name === child)?.[1];
  if (!load) throw new Error(`unknown suite ${child}`);
  const measures = await (await load())(opts);
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(measures)}\n`);
  process.exit(0);
}

/** Runs one suite in a child process and returns its measures (its logs pass through to stderr). */
function runSuite(name: string, env: NodeJS.ProcessEnv): Promise<BenchMeasure[]> {
  return new Promise((resolve, reject) => {
    const args = [...process.execArgv, import.meta.filename, `--suite=${name}`, ...(quick ? ['--quick'] : [])];
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT_MARK.length)) as BenchMeasure[]);
      else reject(new Error(`suite process exited with code ${code}${line ? '' : ' without measures'}`));
    });
  });
}

// The machine is shared: its load when the run started is part of its description.
const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);

// The commit and working-tree state measured, read before the suites run.
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const dirty = (() => {
  try {
    return execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
})();
// Quick mode (CI, under a minute) leaves out the 10k-project SQLite API suite (the scale suite
// measures the same requests) and the browser suite; the report lists what it left out.
const notInQuick = new Set(['api', 'web']);
const measures: BenchMeasure[] = [];
const suiteSeconds: Record<string, number> = {};
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const names = suites.map(([name]) => name);
const skipped = quick && !only ? names.filter((name) => notInQuick.has(name)) : [];
const selected = names.filter((name) => (only ? only.includes(name) : !skipped.includes(name)));
// One private PostgreSQL cluster for every suite that needs one (each creates and drops its own
// databases on it), unless a server is given; a suite that cannot reach one reports that itself.
const env: NodeJS.ProcessEnv = { ...process.env };
let cluster: { url: string; stop(): void } | null = null;
if (!env.DATABASE_URL && !env.JIXIAO_TEST_PG_URL && selected.some((name) => name === 'import' || name === 'scale')) {
  try {
    cluster = await startPgCluster({ name: 'jixiao-bench' });
    env.JIXIAO_TEST_PG_URL = cluster.url;
    env.JIXIAO_BENCH_PG_SOURCE = 'private cluster';
  } catch (e) {
    process.stderr.write(`bench: no private PostgreSQL cluster (${e instanceof Error ? e.message.split('\n')[0] : String(e)})\n`);
  }
}
for (const name of selected) {
  process.stderr.write(`bench: ${name}…\n`);
  const t0 = performance.now();
  try {
    measures.push(...(await runSuite(name, env)));
  } catch (e) {
    // A suite that fails is reported as such; the other figures are still kept.
    measures.push(failedMeasure(name, e));
  }
  suiteSeconds[name] = Math.round((performance.now() - t0) / 100) / 10;
}
cluster?.stop();
const report = {
  commit,
  // Uncommitted changes in the working tree when the run started (the figures are then for commit + those changes).
  dirty,
  date: new Date().toISOString(),
  quick,
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), platform: `${platform()} ${release()}`, node: process.version, loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100) },
  suiteSeconds,
  skipped,
  goals: measures.filter((m) => m.goal !== undefined).map((m) => ({ name: m.name, goal: m.goal, value: m.value, unit: m.unit, met: m.met, missedBy: m.missedBy ?? null })),
  measures,
};
const json = JSON.stringify(report, null, 2);
process.stdout.write(`${json}\n`);
const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${report.date.replace(/[:.]/g, '-')}-${commit}${quick ? '-quick' : ''}.json`), `${json}\n`);
