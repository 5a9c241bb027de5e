// `npm run bench [-- --quick]`: runs every benchmark, prints one JSON report and keeps it in
// bench/results/ with the commit it measured.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import type { BenchMeasure, BenchOptions } from './bench-types';
import { benchParse } from './parse-bench';
import { benchReview } from './review-bench';
import { benchApi } from './api-bench';
import { benchExports } from './export-bench';
import { benchLibrary } from './library-bench';
import { benchWeb } from './web-bench';
import { benchImport } from './import-bench';
import { benchScale } from './scale-bench';

const quick = process.argv.includes('--quick');
// The machine is shared: its load when the run started is part of its description.
const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
const opts: BenchOptions = { quick };
const suites: Array<[string, (o: BenchOptions) => Promise<BenchMeasure[]>]> = [
  ['parse', benchParse],
  ['review', benchReview],
  ['api', benchApi],
  ['exports', benchExports],
  ['library', benchLibrary],
  ['web', benchWeb],
  ['import', benchImport],
  ['scale', benchScale],
];

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
const skipped: string[] = [];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
for (const [name, run] of suites) {
  if (only && !only.includes(name)) continue;
  if (quick && !only && notInQuick.has(name)) {
    skipped.push(name);
    continue;
  }
  process.stderr.write(`bench: ${name}…\n`);
  const t0 = performance.now();
  try {
    measures.push(...(await run(opts)));
  } catch (e) {
    // A suite that fails is reported as such; the other figures are still kept.
    measures.push({ name: `${name}.failed`, value: -1, unit: '', baseline: null, ratio: null, note: `FAILED: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` });
  }
  suiteSeconds[name] = Math.round((performance.now() - t0) / 100) / 10;
}
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
