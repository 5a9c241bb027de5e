import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeDocument, splitTextRows, type Project } from '@jixiao/core';

const SAMPLES = join(import.meta.dirname, '../fixtures/samples');

/** The projects of the five samples, parsed once. */
export function loadSampleProjects(): Project[] {
  return readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => recognizeDocument({ format: 'txt', rows: splitTextRows(readFileSync(join(SAMPLES, f), 'utf8')), issues: [] }, { file: f }).projects);
}

/** `count` projects varied from the samples (names, codes and years differ so keys stay unique). */
export function makeSyntheticProjects(count: number, base = loadSampleProjects()): Project[] {
  return Array.from({ length: count }, (_, i) => {
    const p = base[i % base.length]!;
    return { ...p, name: `${p.name}（${i + 1}）`, code: `BENCH${String(i).padStart(7, '0')}`, fiscalYear: 2024 - (i % 3) };
  });
}
