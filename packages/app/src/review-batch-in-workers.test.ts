import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DEFAULT_RULE_PROFILE, recognizeDocument, reviewBatch, splitTextRows, type DepartmentTarget, type Project } from '@jixiao/core';
import { reviewBatchInWorkers } from './review-batch-in-workers';

const SAMPLES = ['000_090c4012b2f0612f.txt', '001_decf76686d2239b2.txt', '002_958eda048e829117.txt', '003_f299d4d68a831b89.txt', '004_b5b5933a0db36905.txt'];

function readSamples(): { projects: Project[]; departments: DepartmentTarget[] } {
  const projects: Project[] = [];
  const departments: DepartmentTarget[] = [];
  for (const f of SAMPLES) {
    const text = readFileSync(new URL(`../../../fixtures/samples/${f}`, import.meta.url), 'utf8');
    const doc = recognizeDocument({ format: 'txt', rows: splitTextRows(text), issues: [] }, { file: f });
    projects.push(...doc.projects);
    departments.push(...doc.departmentTargets);
  }
  return { projects, departments };
}

it('gives exactly the findings, order and grades of reviewBatch, batch rules across slices included', async () => {
  const { projects, departments } = readSamples();
  // The samples repeated: every third copy renamed (copied goals / indicators between different
  // names, which the batch rules report across slices), the others identical copies.
  const batch: Project[] = [];
  for (let i = 0; batch.length < 1_600; i++) {
    const p = projects[i % projects.length]!;
    batch.push(i >= projects.length && i % 3 === 0 ? { ...p, name: `${p.name}（副本${i}）` } : p);
  }
  const expected = reviewBatch(batch, DEFAULT_RULE_PROFILE, departments);
  const parallel = await reviewBatchInWorkers(batch, DEFAULT_RULE_PROFILE, departments, { threads: 3, sliceSize: 150 });
  expect(parallel).toStrictEqual(expected);
  // 11 slices shared by this thread and two workers. The comparison is not vacuous: batch findings
  // point from late slices back to the first ones.
  const crossSlice = parallel.projects.slice(1_100).flatMap((p) => p.findings).filter((f) => f.rule === 'copied-goals' || f.rule === 'copied-indicators');
  expect(crossSlice.some((f) => ([] as number[]).concat((f.evidence as { sameAsIndex?: number | number[] }).sameAsIndex ?? []).some((i) => i < 533))).toBe(true);
  expect(parallel.projects.reduce((n, p) => n + p.findings.length, 0)).toBeGreaterThan(1_600);
  expect(new Set(parallel.projects.map((p) => p.grade)).size).toBeGreaterThan(1);
}, 60_000);

it('reviews inline when one thread is asked for or the batch is small (no worker started)', async () => {
  const { projects } = readSamples();
  expect(await reviewBatchInWorkers(projects, DEFAULT_RULE_PROFILE, [], { threads: 1 })).toEqual(reviewBatch(projects));
  expect(await reviewBatchInWorkers(projects.slice(0, 10))).toEqual(reviewBatch(projects.slice(0, 10)));
});
