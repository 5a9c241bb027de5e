import { Worker } from 'node:worker_threads';
import { buildBulkRows, type BulkProject } from './bulk-insert-projects';
import { encodeBulkBatch, type BulkFormat, type EncodedBulkBatch } from './encode-bulk-batch';
import type { Database } from './open-database';
import { isWorkerBatchSource, runBatchSource, type BulkBatches, type WorkerBatchSource } from './worker-batch-source';
import { bulkFormatFor, writeBulkBatch } from './write-bulk-batch';

export interface BulkStreamOptions {
  readonly actor: string;
  readonly at?: Date;
  /** Called after each batch commits, with the running count. */
  readonly onBatch?: (inserted: number) => void;
  /** Build and encode the batches on a worker thread (default: true, when there is more than one batch). */
  readonly worker?: boolean;
}

export interface BulkStreamResult {
  readonly inserted: number;
  /** Whether a worker thread built batches (false: one batch or none, or `worker: false`). */
  readonly worker: boolean;
}

/** Encoded batches a worker may hold ahead of the one being written (bounds memory). */
const WINDOW = 2;

/**
 * `bulkInsertProjects` over a stream of batches, pipelined over two threads: while this thread
 * writes batch n (SQLite prepared INSERTs in-process, or PostgreSQL's COPY), a worker thread builds
 * and encodes the next ones — ids, natural keys, the pre-review and the canonical JSON, indicator
 * rows, COPY bytes or SQLite values — which cost as much as the writing itself. The
 * batches come from an iterable on this thread (each sent to the worker as one JSON string) or from
 * a `WorkerBatchSource` that the worker runs itself (`jixiao gen`). Starting the worker takes about
 * a second (loading the review engine), so this thread builds and writes the first batch itself
 * meanwhile, and a source of one batch (an iterable without a second, a `WorkerBatchSource` that
 * says `batches: 1`) is written here without starting one. Each batch is its own transaction with
 * its own audit entry, exactly as `bulkInsertProjects` would write it; when one fails, the batches
 * before it stay committed, the error is thrown and the worker is stopped. Memory is bounded by four batches (being written, and
 * up to three ahead).
 */
export async function bulkInsertProjectStream(database: Database, source: BulkBatches | WorkerBatchSource, opts: BulkStreamOptions): Promise<BulkStreamResult> {
  const at = (opts.at ?? new Date()).toISOString();
  const format = bulkFormatFor(database);
  let inserted = 0;
  const write = async (batch: EncodedBulkBatch): Promise<void> => {
    await writeBulkBatch(database, batch, opts.actor, at);
    inserted += batch.count;
    opts.onBatch?.(inserted);
  };
  const writeHere = (items: readonly BulkProject[]): Promise<void> => write(encodeBulkBatch(buildBulkRows(items, opts.actor, at), format));
  if (opts.worker === false || (isWorkerBatchSource(source) && source.batches !== undefined && source.batches <= 1)) {
    for await (const items of isWorkerBatchSource(source) ? await runBatchSource(source) : source) await writeHere(items);
    return { inserted, worker: false };
  }
  if (isWorkerBatchSource(source)) {
    const worker = startWorker({ format, actor: opts.actor, at, window: WINDOW, source, skip: 1 });
    try {
      const head = await firstOf(await runBatchSource(source));
      if (!head) return { inserted, worker: true };
      await writeHere(head);
      for (let m = await worker.next(); m; m = await worker.next()) {
        worker.post({ more: true });
        await write(m);
      }
    } finally {
      await worker.stop();
    }
    return { inserted, worker: true };
  }
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const first = await iterator.next();
  if (first.done) return { inserted, worker: false };
  // A second batch decides whether a worker pays for its start.
  const second = await iterator.next();
  if (second.done) {
    await writeHere(first.value);
    return { inserted, worker: false };
  }
  const worker = startWorker({ format, actor: opts.actor, at, window: WINDOW, source: null, skip: 0 });
  try {
    worker.post({ json: JSON.stringify(second.value) });
    let pending = 1;
    let exhausted = false;
    const feed = async (): Promise<void> => {
      while (!exhausted && pending < WINDOW) {
        const r = await iterator.next();
        if (r.done) exhausted = true;
        else {
          worker.post({ json: JSON.stringify(r.value) });
          pending++;
        }
      }
    };
    await feed();
    await writeHere(first.value);
    while (pending > 0) {
      const m = await worker.next();
      if (!m) throw new Error('批量写入的工作线程提前结束');
      pending--;
      // Hand the worker its next batch before writing this one, so both threads work.
      await feed();
      await write(m);
    }
  } finally {
    await worker.stop();
  }
  return { inserted, worker: true };
}

/** The first batch, closing the source after it. */
async function firstOf(batches: BulkBatches): Promise<readonly BulkProject[] | null> {
  for await (const items of batches) return items;
  return null;
}

interface Reply {
  readonly batch?: EncodedBulkBatch;
  readonly done?: boolean;
  readonly error?: string;
}

/** The worker, as a queue of its encoded batches: `next()` resolves null once its source is done. */
function startWorker(workerData: { format: BulkFormat; actor: string; at: string; window: number; source: WorkerBatchSource | null; skip: number }) {
  const worker = new Worker(new URL('./bulk-batch-worker.mjs', import.meta.url), { workerData });
  const queue: Reply[] = [];
  let waiter: ((r: Reply) => void) | null = null;
  let dead: Error | null = null;
  const push = (r: Reply): void => {
    if (waiter) {
      const w = waiter;
      waiter = null;
      w(r);
    } else queue.push(r);
  };
  worker.on('message', push);
  worker.on('error', (e) => {
    dead ??= e;
    push({ error: e.message });
  });
  worker.on('exit', (code) => {
    dead ??= new Error(`批量写入的工作线程已退出（${code}）`);
    push({ error: dead.message });
  });
  return {
    post(message: unknown): void {
      if (!dead) worker.postMessage(message);
    },
    async next(): Promise<EncodedBulkBatch | null> {
      const r = queue.shift() ?? (await new Promise<Reply>((resolve) => (waiter = resolve)));
      if (r.error !== undefined) throw new Error(`批量写入的数据准备失败：${r.error}`);
      return r.done ? null : r.batch!;
    },
    async stop(): Promise<void> {
      dead ??= new Error('stopped');
      await worker.terminate();
    },
  };
}
