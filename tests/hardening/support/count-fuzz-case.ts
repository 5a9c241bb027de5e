import type { HardeningCounters } from './record-hardening-counters';

/** The hang limit of issue #10: no parse may take more than this many ms per KB of input. */
export const FUZZ_MS_PER_KB = 100;

export interface FuzzOutcome<T> {
  readonly value?: T;
  readonly error?: string;
  readonly msPerKb: number;
  readonly slow: boolean;
}

/**
 * Runs one fuzz case, timing it: counts it, keeps the worst ms/KB (inputs under 1 KB count as
 * 1 KB, so fixed start-up costs do not read as hangs), and counts a crash (exception) or a hang
 * (over the limit twice in a row: a one-off pause of a shared CPU or the garbage collector is
 * measured again, a real blow-up repeats).
 */
export async function countFuzzCase<T>(counters: HardeningCounters, bytes: number, run: () => Promise<T>): Promise<FuzzOutcome<T>> {
  counters.fuzzCases++;
  const kb = Math.max(1, bytes / 1024);
  let msPerKb = Infinity;
  let value: T | undefined;
  for (let attempt = 0; attempt < 2 && msPerKb > FUZZ_MS_PER_KB; attempt++) {
    const started = performance.now();
    try {
      value = await run();
    } catch (error) {
      counters.crashes++;
      return { error: error instanceof Error ? (error.stack ?? error.message) : String(error), msPerKb: 0, slow: false };
    }
    msPerKb = Math.min(msPerKb, (performance.now() - started) / kb);
  }
  counters.maxMsPerKb = Math.max(counters.maxMsPerKb, Math.round(msPerKb * 100) / 100);
  const slow = msPerKb > FUZZ_MS_PER_KB;
  if (slow) counters.hangs++;
  return { value: value as T, msPerKb, slow };
}
