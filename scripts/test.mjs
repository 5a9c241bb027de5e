#!/usr/bin/env node
// The one test command (README, .ci/run): typecheck, lint, then every vitest suite.
// Suites that need PostgreSQL or Chromium get them from here; when one is missing they are
// skipped with a loud message, and JIXIAO_REQUIRE_ALL=1 (set by .ci/run) turns a skip into a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { startPgCluster, findPgBin } from './lib/pg-cluster.mjs';
import { ensureInstall } from './lib/ensure-install.mjs';

ensureInstall(new URL('..', import.meta.url).pathname);

const strict = process.env.JIXIAO_REQUIRE_ALL === '1';
const args = process.argv.slice(2);
const skips = [];
const banner = (msg) => console.log(`\n${'!'.repeat(78)}\n!! ${msg}\n${'!'.repeat(78)}\n`);

function run(cmd, argv, env = process.env) {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', env });
  return r.status ?? 1;
}

const quick = args.includes('--only-vitest');
const vitestArgs = args.filter((a) => a !== '--only-vitest');
if (!quick) {
  console.log('== typecheck');
  if (run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) !== 0) process.exit(1);
  console.log('== lint');
  if (run('npx', ['eslint', '.', '--max-warnings=0']) !== 0) process.exit(1);
}

const env = { ...process.env, JIXIAO_TEST: '1' };
let pg = null;
if (findPgBin()) {
  try {
    pg = await startPgCluster({ name: 'jixiao-test' });
    env.JIXIAO_TEST_PG_URL = pg.url;
    console.log(`== PostgreSQL test cluster on ${pg.url}`);
  } catch (e) {
    skips.push(`PostgreSQL could not start: ${e.message.split('\n')[0]}`);
  }
} else {
  skips.push('PostgreSQL is not installed (apt-get install -y postgresql): PostgreSQL storage suites are SKIPPED');
}
const chromium = process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(chromium)) env.JIXIAO_CHROMIUM = chromium;
else skips.push('Chromium is not installed (apt-get install -y chromium fonts-noto-cjk poppler-utils): browser, PDF and e2e suites are SKIPPED');

for (const s of skips) banner(`SKIP: ${s}`);
if (skips.length && strict) {
  banner('JIXIAO_REQUIRE_ALL=1: a skipped suite is a failure');
  pg?.stop();
  process.exit(1);
}

mkdirSync('test-results', { recursive: true });
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json', ...vitestArgs], env);
pg?.stop();

let summary = '';
try {
  const r = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  summary = `${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`;
} catch {
  summary = status === 0 ? '' : '0 passed, 1 failed';
}
for (const s of skips) banner(`SKIPPED: ${s}`);
if (summary) console.log(`\ntests: ${summary}`);
process.exit(status);
