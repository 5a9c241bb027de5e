import { createSeededRandom, generateProjects, type DatasetModel, type GeneratedUnit } from '@jixiao/core';
import type { BulkProject, WorkerBatchSource } from '@jixiao/storage';

export interface GeneratedBatchesArgs {
  readonly model: DatasetModel;
  readonly tree: readonly GeneratedUnit[];
  /** Unit code → the id of its row in `units`. */
  readonly unitIds: ReadonlyMap<string, string>;
  readonly plan: { readonly projects: number; readonly years: number; readonly lastYear?: number };
  readonly seed: number;
  readonly batchSize: number;
}

/**
 * The generated dataset's projects in batches of `batchSize`, ready for `bulkInsertProjectStream`.
 * Plain data in, so it can run on the bulk writer's worker thread (a `WorkerBatchSource`): the same
 * seed gives the same projects on any thread.
 */
export function* generatedProjectBatches(args: GeneratedBatchesArgs): Generator<BulkProject[]> {
  let batch: BulkProject[] = [];
  for (const item of generateProjects(args.model, args.tree, args.plan, createSeededRandom(args.seed))) {
    const unitId = args.unitIds.get(item.unit.code);
    if (!unitId) throw new Error(`单位 ${item.unit.code} 尚未写入`);
    batch.push({ unitId, project: item.project, fiscalYear: item.fiscalYear });
    if (batch.length >= args.batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** `generatedProjectBatches(args)` as a source the bulk writer's worker thread runs itself. */
export function generatedBatchesSource(args: GeneratedBatchesArgs): WorkerBatchSource {
  return { module: import.meta.url, exportName: 'generatedProjectBatches', args, batches: Math.ceil(args.plan.projects / args.batchSize) };
}
