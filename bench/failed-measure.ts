import type { BenchMeasure } from './bench-types';

/** A measure that could not be taken: named `<name>.failed`, with the error's first line. */
export function failedMeasure(name: string, e: unknown): BenchMeasure {
  return { name: `${name}.failed`, value: -1, unit: '', baseline: null, ratio: null, note: `FAILED: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
}
