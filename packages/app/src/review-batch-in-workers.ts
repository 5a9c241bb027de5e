import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  assembleBatchReview,
  buildProjectFacts,
  checkBatchRules,
  checkProjectFactsAndRelease,
  DEFAULT_RULE_PROFILE,
  reviewBatch,
  type BatchReview,
  type DepartmentTarget,
  type Finding,
  type Project,
  type RuleProfile,
} from '@jixiao/core';

export interface ReviewInWorkersOptions {
  /**
   * Threads in all, this one included; 1 reviews inline. Default: the machine's cores when the batch
   * has at least 5,000 projects per core, else 1 (a worker takes ~0.5 s to start and load the rules).
   */
  readonly threads?: number;
  /** Projects per slice handed out (default 2,000). */
  readonly sliceSize?: number;
}

/** Below this many projects per thread, starting workers costs more than it saves. */
const MIN_PROJECTS_PER_THREAD = 5_000;

interface SliceResult {
  readonly firstIndex: number;
  /** JSON of the slice's `Finding[][]` (findings are plain JSON data). */
  readonly findings: string;
}

/**
 * `reviewBatch` with its work spread over the cores. The project rules (~¾ of the time) run slice
 * by slice on worker threads (`checkProjectRules`); meanwhile this thread builds the whole batch's
 * facts and runs the batch and department rules (~¼, they need every project), then takes slices
 * from the same queue until none are left — so the threads finish together even when a core is
 * busy with something else. Each worker is first sent about the work this thread does before it
 * joins in. The result is identical to `reviewBatch` — same findings, order and grades (tested).
 */
export async function reviewBatchInWorkers(
  projects: readonly Project[],
  profile: RuleProfile = DEFAULT_RULE_PROFILE,
  departments: readonly DepartmentTarget[] = [],
  options: ReviewInWorkersOptions = {},
): Promise<BatchReview> {
  const wanted = options.threads ?? Math.min(availableParallelism(), Math.floor(projects.length / MIN_PROJECTS_PER_THREAD));
  const threads = Math.max(1, Math.min(wanted, projects.length));
  if (threads === 1) return reviewBatch(projects, profile, departments);
  const sliceSize = Math.max(1, options.sliceSize ?? 2_000);
  const queue: number[] = [];
  for (let first = 0; first < projects.length; first += sliceSize) queue.push(first);
  const results = new Map<number, Finding[][]>();
  const slices = queue.length;
  const workers: Worker[] = [];
  let failed: unknown;
  let finish: () => void = () => undefined;
  let fail: (e: unknown) => void = () => undefined;
  const allDone = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const send = (worker: Worker): boolean => {
    const first = queue.shift();
    if (first === undefined) return false;
    worker.postMessage({ projects: projects.slice(first, first + sliceSize), firstIndex: first, profile });
    return true;
  };
  const store = (first: number, findings: Finding[][]): void => {
    results.set(first, findings);
    if (results.size === slices) finish();
  };
  try {
    // Work units: project rules 3, facts + batch rules 1 — a worker's head start is ⅓ of the
    // project rules, shared among the workers.
    const headStart = Math.max(1, Math.ceil(slices / 3 / (threads - 1)));
    for (let t = 1; t < threads; t++) {
      const worker = new Worker(new URL('./review-worker.mjs', import.meta.url));
      workers.push(worker);
      // The head start covers the time this thread spends on facts and batch rules; after it, a
      // worker holds at most two slices (one being checked, one waiting), so when the queue runs
      // dry no thread is left with a backlog while the other idles.
      let outstanding = 0;
      const sendNext = (): void => {
        if (send(worker)) outstanding++;
      };
      worker.on('message', (r: SliceResult) => {
        outstanding--;
        if (outstanding < 2) sendNext();
        store(r.firstIndex, JSON.parse(r.findings) as Finding[][]);
      });
      worker.once('error', (e) => {
        failed ??= e;
        fail(e);
      });
      worker.once('exit', (code) => {
        if (results.size < slices) fail(new Error(`review worker exited with code ${code}`));
      });
      for (let i = 0; i < headStart; i++) sendNext();
    }
    allDone.catch(() => undefined); // observed below
    const facts = projects.map((p, i) => buildProjectFacts(p, i));
    const batch = checkBatchRules(facts, profile, departments);
    for (let first = queue.shift(); first !== undefined && failed === undefined; first = queue.shift()) {
      store(first, facts.slice(first, first + sliceSize).map((f) => checkProjectFactsAndRelease(f, profile)));
      // Let the workers' replies in, so they get their next slice while this thread works.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await allDone;
    const ordered = [...results.keys()].sort((a, b) => a - b).flatMap((first) => results.get(first) as Finding[][]);
    return assembleBatchReview(facts, profile, ordered, batch);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
