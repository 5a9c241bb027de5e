import type { BulkProject } from '@jixiao/storage';

/**
 * A `WorkerBatchSource` export for the tests: yields the batches it was given, and throws at batch
 * `failAt` (0-based) when set, as a source reading a broken file would.
 */
export function* replayBatches(args: { readonly batches: readonly BulkProject[][]; readonly failAt?: number }): Generator<BulkProject[]> {
  for (let i = 0; i < args.batches.length; i++) {
    if (i === args.failAt) throw new Error(`第 ${i + 1} 批数据无法读取`);
    yield args.batches[i]!;
  }
}
