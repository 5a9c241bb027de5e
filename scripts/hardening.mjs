#!/usr/bin/env node
// `npm run hardening`: runs the hardening suite (tests/hardening) and reports its figures.
// Each test file writes its counters to test-results/hardening/<name>.json; this script adds them up
// and keeps the report in bench/results/hardening-<date>.json. PostgreSQL is started when installed
// (as in `npm test`), so the PostgreSQL backup test runs too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPgBin, startPgCluster } from './lib/pg-cluster.mjs';

const RESULTS = 'test-results/hardening';
const VITEST_JSON = join(RESULTS, 'vitest.json');
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const env = { ...process.env, JIXIAO_TEST: '1' };
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

const totals = { requestsAttacked: 0, payloadsTried: 0, killsSurvived: 0, savesLost: 0, fuzzCases: 0 };
const files = {};
for (const f of readdirSync(RESULTS).filter((n) => n.endsWith('.json') && n !== 'vitest.json').sort()) {
  const c = JSON.parse(readFileSync(join(RESULTS, f), 'utf8'));
  files[c.name] = c;
  for (const k of Object.keys(totals)) totals[k] += Number(c[k] ?? 0);
}
let tests = null;
if (existsSync(VITEST_JSON)) {
  const r = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
  tests = { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}
const status = run.status ?? 1;
const report = { at: new Date().toISOString(), ok: status === 0, seconds, tests, totals, files, postgres: Boolean(env.JIXIAO_TEST_PG_URL) };
mkdirSync('bench/results', { recursive: true });
const out = join('bench/results', `hardening-${report.at.slice(0, 10)}.json`);
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

console.log(`\n== hardening (${seconds.toFixed(1)} s${tests ? `; tests ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped` : ''})`);
console.log(`requests attacked: ${totals.requestsAttacked}`);
console.log(`payloads tried:    ${totals.payloadsTried}`);
console.log(`kills survived:    ${totals.killsSurvived}`);
console.log(`saves lost:        ${totals.savesLost}`);
console.log(`fuzz cases:        ${totals.fuzzCases}`);
console.log(`report: ${out}`);
process.exit(status);
