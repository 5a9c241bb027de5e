import { availableParallelism } from 'node:os';
import { reviewBatch, type Project } from '@jixiao/core';
import { reviewBatchInWorkers } from '@jixiao/app';
import type { BenchMeasure, BenchOptions } from './bench-types';
import { goalAtMost } from './goal';
import { measureBest } from './measure';
import { loadSampleProjects } from './sample-projects';

/** A distinct letter code per copy (letters survive the goals fingerprint; digits would not). */
function variant(i: number): string {
  let s = '';
  for (let n = i; n > 0 || s === ''; n = Math.floor(n / 26)) s += String.fromCharCode(97 + (n % 26));
  return s;
}

/** The sample projects repeated to `count`, with varied names and totals so batch hashing sees distinct projects. */
function buildSyntheticBatch(count: number): Project[] {
  const base = loadSampleProjects();
  const out: Project[] = [];
  for (let i = 0; out.length < count; i++) {
    const p = base[i % base.length] as Project;
    const total = p.funds.total == null ? null : p.funds.total + (i % 97) * 100;
    out.push({ ...p, name: `${p.name}（${Math.floor(i / base.length) + 1}）`, funds: { ...p.funds, total }, goals: p.goals.map((g) => `${g}（${variant(i)}）`) });
  }
  return out;
}

/**
 * Review throughput (projects/s) of the product's batch review, `reviewBatchInWorkers` (project
 * rules on one thread per core, batch rules after), over a synthetic batch built from the samples —
 * 200,000 projects in a full run (the province's yearly volume), 2,000 in a quick one — against a
 * floor that only walks every indicator of the same batch in the same process. The single-thread
 * `reviewBatch` time of the same batch is in the note. Goal: the 200,000 projects reviewed in under
 * 15 s (a quick run extrapolates and says so).
 */
export async function benchReview(opts: BenchOptions): Promise<BenchMeasure[]> {
  const goalCount = 200_000;
  const count = Number(process.env.JIXIAO_BENCH_REVIEW_PROJECTS) || (opts.quick ? 2_000 : goalCount);
  const batch = buildSyntheticBatch(count);
  let sink = 0;
  const floor = await measureBest(() => {
    for (const p of batch) for (const ind of p.indicators) sink += ind.name.length + (ind.targetText?.length ?? 0);
  }, 3);
  // Warm-up on a slice, then one timed pass over the whole batch (a full pass is the measure).
  reviewBatch(batch.slice(0, Math.min(2_000, count)));
  let findings = 0;
  let singleFindings = 0;
  const s0 = performance.now();
  // Counted and dropped at once, so the reviews of one run do not weigh on the other's GC.
  for (const p of reviewBatch(batch).projects) singleFindings += p.findings.length;
  const singleMs = performance.now() - s0;
  const t0 = performance.now();
  // What reviewBatchInWorkers picks by default: every core from 5,000 projects per core (a quick
  // run's 2,000 stay on one thread — starting a worker costs more than it saves there).
  const threads = Math.max(1, Math.min(availableParallelism(), Math.floor(count / 5_000)));
  const r = await reviewBatchInWorkers(batch, undefined, undefined, { threads });
  const reviewMs = performance.now() - t0;
  for (const p of r.projects) findings += p.findings.length;
  if (singleFindings !== findings) throw new Error(`review in workers found ${findings} findings, one thread ${singleFindings}`);
  const value = Math.round(count / (reviewMs / 1000));
  const baseline = Math.round(count / (floor / 1000));
  const seconds = count >= goalCount ? reviewMs / 1000 : goalCount / value;
  const goal = goalAtMost(Math.round(seconds * 10) / 10, 15, 's');
  return [
    {
      name: 'review.throughput',
      value,
      unit: 'projects/s',
      baseline,
      ratio: Math.round((value / baseline) * 10000) / 10000,
      ...(count >= goalCount ? { ...goal, goal: `${goalCount} projects ${goal.goal}` } : { goal: `${goalCount} projects ≤ 15 s (extrapolated from a ${count}-project run: ${seconds.toFixed(1)} s)`, met: goal.met, missedBy: goal.missedBy }),
      note: `${count} projects reviewed in ${(reviewMs / 1000).toFixed(2)} s on ${threads} thread${threads > 1 ? 's' : ''} (one thread: ${(singleMs / 1000).toFixed(2)} s), ${findings} findings; floor walks every indicator of the same batch (${sink > 0 ? 'ok' : 'empty'}) in ${floor.toFixed(1)} ms`,
    },
  ];
}
