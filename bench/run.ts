// `npm run bench [-- --quick]`: runs every benchmark, prints one JSON report and keeps it in
// bench/results/ with the commit it measured.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import type { BenchMeasure, BenchOptions } from './bench-types';
import { benchParse } from './parse-bench';
import { benchReview } from './review-bench';
import { benchApi } from './api-bench';
import { benchExports } from './export-bench';
import { benchLibrary } from './library-bench';
import { benchWeb } from './web-bench';

const quick = process.argv.includes('--quick');
const opts: BenchOptions = { quick };
const suites: Array<[string, (o: BenchOptions) => Promise<BenchMeasure[]>]> = [
  ['parse', benchParse],
  ['review', benchReview],
  ['api', benchApi],
  ['exports', benchExports],
  ['library', benchLibrary],
  ['web', benchWeb],
];

const measures: BenchMeasure[] = [];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
for (const [name, run] of suites) {
  if (only && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  try {
    measures.push(...(await run(opts)));
  } catch (e) {
    // A suite that fails is reported as such; the other figures are still kept.
    measures.push({ name: `${name}.failed`, value: -1, unit: '', baseline: null, ratio: null, note: `FAILED: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` });
  }
}
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const report = {
  commit,
  date: new Date().toISOString(),
  quick,
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), platform: `${platform()} ${release()}`, node: process.version },
  measures,
};
const json = JSON.stringify(report, null, 2);
process.stdout.write(`${json}\n`);
const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${report.date.replace(/[:.]/g, '-')}-${commit}${quick ? '-quick' : ''}.json`), `${json}\n`);
