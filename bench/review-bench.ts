import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeDocument, reviewBatch, splitTextRows, type Project } from '@jixiao/core';
import type { BenchMeasure, BenchOptions } from './bench-types';
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
 * Review throughput (projects/s on one core) for a synthetic batch built from the samples, against a floor that
 * only walks every indicator of the same batch in the same process.
 */
export async function benchReview(opts: { quick: boolean }): Promise<{ name: string; value: number; unit: string; baseline: number; ratio: number }[]> {
  const count = opts.quick ? 5_000 : 20_000;
  const batch = buildSyntheticBatch(count);
  const runs = opts.quick ? 2 : 4;
  let sink = 0;
  const floor = await measureBest(() => {
    for (const p of batch) for (const ind of p.indicators) sink += ind.name.length + (ind.targetText?.length ?? 0);
  }, runs);
  let findings = 0;
  const review = await measureBest(() => {
    const r = reviewBatch(batch);
    findings = 0;
    for (const p of r.projects) findings += p.findings.length;
  }, runs);
  const value = Math.round(count / (review / 1000));
  const baseline = Math.round(count / (floor / 1000));
  const result: BenchMeasure = { name: 'review.throughput', value, unit: 'projects/s', baseline, ratio: Math.round((value / baseline) * 10000) / 10000, aim: '≥ 20000 projects/s', note: `${count} projects, ${findings} findings per run, floor walks every indicator (${sink > 0 ? 'ok' : 'empty'})` };
  return [{ name: result.name, value: result.value, unit: result.unit, baseline, ratio: result.ratio ?? 0 }];
}

export type { BenchOptions };
