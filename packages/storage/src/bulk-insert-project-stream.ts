import { Worker } from 'node:worker_threads';
import { buildBulkRows, writeBulkRows, type BulkProject } from './bulk-insert-projects';
import type { Database } from './open-database';
import { deriveProjectColumns, type DerivedProjectColumns } from './to-project-columns';

export interface BulkStreamOptions {
  readonly actor: string;
  readonly at?: Date;
  /** Called after each batch commits, with the running count. */
  readonly onBatch?: (inserted: number) => void;
  /** Compute the derived columns on a worker thread (default: true). */
  readonly worker?: boolean;
}

type Batches = Iterable<readonly BulkProject[]> | AsyncIterable<readonly BulkProject[]>;

interface Reply {
  readonly seq?: number;
  readonly ready?: boolean;
  readonly derived?: DerivedProjectColumns[];
  readonly error?: string;
}

/**
 * `bulkInsertProjects` over a stream of batches, pipelined over two threads: while this thread
 * writes batch n (SQLite in-process, or feeding PostgreSQL's COPY), a worker thread computes the
 * costly columns of batch n+1 — the pre-review and the canonical JSON, which took as long as the
 * writing itself. The first batch is derived here while the worker starts. Each batch is its own
 * transaction with its own audit entry, exactly as `bulkInsertProjects` would write it; when one
 * fails, the batches before it stay committed, the error is thrown and the worker is stopped.
 * Memory is bounded by three batches (being written, being derived, being sent).
 */
export async function bulkInsertProjectStream(database: Database, batches: Batches, opts: BulkStreamOptions): Promise<{ readonly inserted: number }> {
  const at = (opts.at ?? new Date()).toISOString();
  const iterator = Symbol.asyncIterator in batches ? batches[Symbol.asyncIterator]() : (batches as Iterable<readonly BulkProject[]>)[Symbol.iterator]();
  const next = async (): Promise<readonly BulkProject[] | null> => {
    const r = await iterator.next();
    return r.done ? null : r.value;
  };
  let inserted = 0;
  let current = await next();
  if (!current) return { inserted };
  let following = await next();
  const pool = following && opts.worker !== false ? startWorker() : null;
  try {
    const deriveHere = (batch: readonly BulkProject[]) => Promise.resolve(batch.map((x) => deriveProjectColumns(x.project)));
    const derive = pool ? pool.derive : deriveHere;
    let derivedCurrent: Promise<readonly DerivedProjectColumns[]> = deriveHere(current);
    while (current) {
      // Hand the next batch to the worker before writing this one, so both threads work.
      const derivedFollowing = following ? derive(following) : null;
      derivedFollowing?.catch(() => undefined);
      const rows = buildBulkRows(current, opts.actor, at, await derivedCurrent);
      await writeBulkRows(database, rows, opts.actor, at);
      inserted += current.length;
      opts.onBatch?.(inserted);
      current = following;
      following = current ? await next() : null;
      if (derivedFollowing) derivedCurrent = derivedFollowing;
    }
  } finally {
    await pool?.stop();
  }
  return { inserted };
}

function startWorker(): { derive(batch: readonly BulkProject[]): Promise<readonly DerivedProjectColumns[]>; stop(): Promise<void> } {
  const worker = new Worker(new URL('./derive-columns-worker.mjs', import.meta.url));
  const waiting = new Map<number, { ok: (d: DerivedProjectColumns[]) => void; ko: (e: Error) => void }>();
  let seq = 0;
  let dead: Error | null = null;
  const failAll = (e: Error): void => {
    dead = e;
    for (const w of waiting.values()) w.ko(e);
    waiting.clear();
  };
  worker.on('message', (m: Reply) => {
    if (m.ready || m.seq === undefined) return;
    const w = waiting.get(m.seq);
    waiting.delete(m.seq);
    if (m.error !== undefined) w?.ko(new Error(`批量写入的派生列计算失败：${m.error}`));
    else w?.ok(m.derived ?? []);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`批量写入的工作线程已退出（${code}）`)));
  return {
    derive(batch) {
      if (dead) return Promise.reject(dead);
      const id = seq++;
      return new Promise((ok, ko) => {
        waiting.set(id, { ok, ko });
        worker.postMessage({ seq: id, json: JSON.stringify(batch.map((x) => x.project)) });
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}
