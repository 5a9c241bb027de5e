import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Figures one hardening test file contributes to `npm run hardening` (scripts/hardening.mjs adds them up). */
export interface HardeningCounters {
  requestsAttacked: number;
  payloadsTried: number;
  killsSurvived: number;
  savesLost: number;
  fuzzCases: number;
}

export const HARDENING_RESULTS_DIR = 'test-results/hardening';

/** A zeroed counter set for one test file. */
export function createHardeningCounters(): HardeningCounters {
  return { requestsAttacked: 0, payloadsTried: 0, killsSurvived: 0, savesLost: 0, fuzzCases: 0 };
}

/** Writes the counters of one test file to test-results/hardening/<name>.json. */
export function recordHardeningCounters(name: string, counters: HardeningCounters): void {
  mkdirSync(HARDENING_RESULTS_DIR, { recursive: true });
  writeFileSync(join(HARDENING_RESULTS_DIR, `${name}.json`), `${JSON.stringify({ name, ...counters, at: new Date().toISOString() }, null, 2)}\n`);
}
