#!/usr/bin/env node
// `npm run hardening`: runs the hardening suite (tests/hardening) and reports its figures.
// Each test file writes its counters to test-results/hardening/<name>.json; this script adds them up
// and keeps the report in bench/results/hardening-<date>[-quick].json. PostgreSQL is started when installed
// (as in `npm test`) unless JIXIAO_TEST_PG_URL names one, so the PostgreSQL halves run too.
//
// By default the long version runs (JIXIAO_HARDENING_FULL=1: 100 kills per database, 60 s of
// concurrent editing per database, 120 s of fuzzing); `npm run hardening -- --quick` runs the
// bounded version that `npm test` (CI) runs. Single env variables still override either
// (JIXIAO_HARDENING_KILLS, JIXIAO_HARDENING_SECONDS, JIXIAO_FUZZ_SECONDS, JIXIAO_FUZZ_CASES …).
// Exit status: non-zero when a test fails or when a save was lost, data leaked, or anything crashed or hung.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPgBin, startPgCluster } from './lib/pg-cluster.mjs';

const quick = process.argv.includes('--quick');
const RESULTS = 'test-results/hardening';
const VITEST_JSON = join(RESULTS, 'vitest.json');
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const env = { ...process.env, JIXIAO_TEST: '1' };
if (!quick) {
  env.JIXIAO_HARDENING_FULL = '1';
  env.JIXIAO_HARDENING_SECONDS ??= '60';
  env.JIXIAO_FUZZ_SECONDS ??= '120';
  env.JIXIAO_FUZZ_PROPERTY_RUNS ??= '2000';
}
let pg = null;
if (!env.JIXIAO_TEST_PG_URL && findPgBin()) {
  try {
    pg = await startPgCluster({ name: 'jixiao-hardening' });
    env.JIXIAO_TEST_PG_URL = pg.url;
  } catch (e) {
    console.warn(`!! PostgreSQL could not start (${e.message.split('\n')[0]}): the PostgreSQL backup test is SKIPPED`);
  }
}
const started = Date.now();
const run = spawnSync('npx', ['vitest', 'run', 'tests/hardening', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`], { stdio: 'inherit', env });
pg?.stop();
const seconds = (Date.now() - started) / 1000;

const SUMS = ['requestsAttacked', 'payloadsTried', 'killsSurvived', 'savesAccepted', 'savesRefused', 'savesLost', 'fuzzCases', 'leaks', 'crashes', 'hangs'];
const totals = Object.fromEntries(SUMS.map((k) => [k, 0]));
totals.maxMsPerKb = 0;
const killsByKind = {};
const latencyMs = {};
const files = {};
for (const f of readdirSync(RESULTS).filter((n) => n.endsWith('.json') && n !== 'vitest.json').sort()) {
  const c = JSON.parse(readFileSync(join(RESULTS, f), 'utf8'));
  files[c.name] = c;
  for (const k of SUMS) totals[k] += Number(c[k] ?? 0);
  totals.maxMsPerKb = Math.max(totals.maxMsPerKb, Number(c.maxMsPerKb ?? 0));
  for (const [kind, n] of Object.entries(c.killsByKind ?? {})) killsByKind[kind] = (killsByKind[kind] ?? 0) + n;
  for (const [what, l] of Object.entries(c.latencyMs ?? {})) latencyMs[`${c.name}: ${what}`] = l;
}
let tests = null;
if (existsSync(VITEST_JSON)) {
  const r = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
  tests = { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}
const bad = ['savesLost', 'leaks', 'crashes', 'hangs'].filter((k) => totals[k] !== 0);
const status = (run.status ?? 1) || (bad.length ? 1 : 0);
const mode = quick ? 'quick (as in CI)' : 'full';
const report = { at: new Date().toISOString(), mode, ok: status === 0, seconds, tests, totals, killsByKind, latencyMs, files, postgres: Boolean(env.JIXIAO_TEST_PG_URL) };
mkdirSync('bench/results', { recursive: true });
const out = join('bench/results', `hardening-${report.at.slice(0, 10)}${quick ? '-quick' : ''}.json`);
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

console.log(`\n== hardening, ${mode} (${seconds.toFixed(1)} s${tests ? `; tests ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped` : ''}; PostgreSQL ${report.postgres ? 'yes' : 'NO'})`);
console.log(`requests attacked: ${totals.requestsAttacked}`);
console.log(`payloads tried:    ${totals.payloadsTried}`);
console.log(`kills survived:    ${totals.killsSurvived} (${Object.entries(killsByKind).map(([k, n]) => `${k} ${n}`).join(', ')})`);
console.log(`saves:             ${totals.savesAccepted} accepted, ${totals.savesRefused} refused (409), ${totals.savesLost} lost`);
console.log(`fuzz cases:        ${totals.fuzzCases} (slowest ${totals.maxMsPerKb} ms/KB; limit 100)`);
console.log(`leaks / crashes / hangs: ${totals.leaks} / ${totals.crashes} / ${totals.hangs}`);
for (const [what, l] of Object.entries(latencyMs)) console.log(`latency ${what}: p50 ${l.p50} ms, p95 ${l.p95} ms, max ${l.max} ms (n=${l.n})`);
if (bad.length) console.log(`!! not zero: ${bad.join(', ')}`);
console.log(`report: ${out}`);
process.exit(status);
