import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeDocument, reviewBatch, splitTextRows, type Project } from '@jixiao/core';
import type { BenchMeasure, BenchOptions } from './bench-types';
import { goalAtMost } from './goal';
import { measureBest } from './measure';

const SAMPLES = join(import.meta.dirname, '../fixtures/samples');

/** A distinct letter code per copy (letters survive the goals fingerprint; digits would not). */
function variant(i: number): string {
  let s = '';
  for (let n = i; n > 0 || s === ''; n = Math.floor(n / 26)) s += String.fromCharCode(97 + (n % 26));
  return s;
}

/** The sample projects repeated to `count`, with varied names and totals so batch hashing sees distinct projects. */
function buildSyntheticBatch(count: number): Project[] {
  const base: Project[] = [];
  for (const f of readdirSync(SAMPLES).filter((x) => x.endsWith('.txt'))) {
    const rows = splitTextRows(readFileSync(join(SAMPLES, f), 'utf8'));
    base.push(...recognizeDocument({ format: 'txt', rows, issues: [] }, { file: f }).projects);
  }
  const out: Project[] = [];
  for (let i = 0; out.length < count; i++) {
    const p = base[i % base.length] as Project;
    const total = p.funds.total == null ? null : p.funds.total + (i % 97) * 100;
    out.push({ ...p, name: `${p.name}（${Math.floor(i / base.length) + 1}）`, funds: { ...p.funds, total }, goals: p.goals.map((g) => `${g}（${variant(i)}）`) });
  }
  return out;
}

/**
 * Review throughput (projects/s on one core) of `reviewBatch` over a synthetic batch built from the
 * samples — 200,000 projects in a full run (the province's yearly volume), 2,000 in a quick one —
 * against a floor that only walks every indicator of the same batch in the same process. Goal: the
 * 200,000 projects reviewed in under 15 s (a quick run extrapolates and says so).
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
  const t0 = performance.now();
  const r = reviewBatch(batch);
  const reviewMs = performance.now() - t0;
  for (const p of r.projects) findings += p.findings.length;
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
      note: `${count} projects reviewed in ${(reviewMs / 1000).toFixed(2)} s, ${findings} findings; floor walks every indicator of the same batch (${sink > 0 ? 'ok' : 'empty'}) in ${floor.toFixed(1)} ms`,
    },
  ];
}
