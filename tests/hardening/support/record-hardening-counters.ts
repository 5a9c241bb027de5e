import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Figures one hardening test file contributes to `npm run hardening` (scripts/hardening.mjs adds them up). */
export interface HardeningCounters {
  requestsAttacked: number;
  payloadsTried: number;
  killsSurvived: number;
  /** Kills survived by kind and database (`import (sqlite)`, `migration (postgres)` …), each also counted in killsSurvived. */
  killsByKind: Record<string, number>;
  savesAccepted: number;
  savesRefused: number;
  savesLost: number;
  fuzzCases: number;
  /** Slowest parse seen by a fuzz test, in ms per KB of input (inputs under 1 KB count as 1 KB). The report keeps the maximum. */
  maxMsPerKb: number;
  /** Data shown to someone who must not see it (another unit's project, personal data). */
  leaks: number;
  /** Unexpected exceptions, 5xx answers or processes that died on their own. */
  crashes: number;
  /** Inputs or requests that exceeded their time budget. */
  hangs: number;
  /** Latency figures (p50/p95/max in ms) by what was measured; reported as they are. */
  latencyMs: Record<string, { p50: number; p95: number; max: number; n: number }>;
}

export const HARDENING_RESULTS_DIR = 'test-results/hardening';

/** A zeroed counter set for one test file. */
export function createHardeningCounters(): HardeningCounters {
  return {
    requestsAttacked: 0,
    payloadsTried: 0,
    killsSurvived: 0,
    killsByKind: {},
    savesAccepted: 0,
    savesRefused: 0,
    savesLost: 0,
    fuzzCases: 0,
    maxMsPerKb: 0,
    leaks: 0,
    crashes: 0,
    hangs: 0,
    latencyMs: {},
  };
}

/** Counts one survived kill of `kind` (also in killsSurvived). */
export function countKill(counters: HardeningCounters, kind: string): void {
  counters.killsSurvived++;
  counters.killsByKind[kind] = (counters.killsByKind[kind] ?? 0) + 1;
}

/** p50/p95/max of a list of durations (ms, rounded to 0.1). */
export function summariseLatency(samples: readonly number[]): { p50: number; p95: number; max: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);
  const round = (x: number): number => Math.round(x * 10) / 10;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1) ?? 0), n: sorted.length };
}

/** Writes the counters of one test file to test-results/hardening/<name>.json. */
export function recordHardeningCounters(name: string, counters: HardeningCounters): void {
  mkdirSync(HARDENING_RESULTS_DIR, { recursive: true });
  writeFileSync(join(HARDENING_RESULTS_DIR, `${name}.json`), `${JSON.stringify({ name, ...counters, at: new Date().toISOString() }, null, 2)}\n`);
}
