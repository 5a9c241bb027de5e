import type { BulkProject } from './bulk-insert-projects';

export type BulkBatches = Iterable<readonly BulkProject[]> | AsyncIterable<readonly BulkProject[]>;

/**
 * Batches produced by a module rather than handed over: the bulk writer's worker thread imports
 * `module` (a `file:` URL) and iterates `module[exportName](args)`, so producing, building and
 * encoding all run off the writing thread and nothing is serialized to reach the worker. The writing
 * thread runs it too, for the first batch only (written while the worker starts, which the worker
 * then skips), so it must be a pure function of `args`: the same batches on either thread. `args`
 * must survive structured cloning (plain data, Maps).
 */
export interface WorkerBatchSource {
  readonly module: string;
  readonly exportName: string;
  readonly args: unknown;
  /**
   * How many batches it yields, when known. With one or none the writing thread does it all:
   * starting the worker would cost about a second that nothing can overlap.
   */
  readonly batches?: number;
}

export function isWorkerBatchSource(source: BulkBatches | WorkerBatchSource): source is WorkerBatchSource {
  return typeof (source as WorkerBatchSource).module === 'string';
}

/** Imports the source's module and starts its batches (on whichever thread calls it). */
export async function runBatchSource(source: WorkerBatchSource): Promise<BulkBatches> {
  const mod = (await import(source.module)) as Record<string, unknown>;
  const produce = mod[source.exportName];
  if (typeof produce !== 'function') throw new Error(`${source.module} 未导出 ${source.exportName}`);
  return (produce as (args: unknown) => BulkBatches)(source.args);
}
