import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  buildDatasetModel,
  createSeededRandom,
  generateProjects,
  generateUnitTree,
  writeGeneratedText,
  type DatasetModel,
  type GeneratedProject,
  type GeneratedUnit,
} from '@jixiao/core';
import { bulkInsertProjectStream, findOrCreateUnit, type Database } from '@jixiao/storage';
import { generatedBatchesSource } from './generated-project-batches';
import { parseDocument } from './parse-document';

export interface DatasetOptions {
  /** Budget units (预算单位); departments and regions are added above them. */
  readonly units: number;
  /** Projects in all, spread over the years. */
  readonly projects: number;
  readonly years: number;
  readonly seed: number;
  readonly lastYear?: number;
}

export interface GenerateProgress {
  readonly projects: number;
  readonly elapsedMs: number;
}

export interface GenerateResult {
  readonly units: number;
  readonly projects: number;
  readonly elapsedMs: number;
}

/** The generator's distributions, read from the real sample documents (`fixtures/samples/*.txt`). */
export async function loadDatasetModel(samplesDir: string): Promise<DatasetModel> {
  const names = (await readdir(samplesDir)).filter((f) => f.endsWith('.txt')).sort();
  const projects = [];
  for (const name of names) projects.push(...(await parseDocument(new Uint8Array(await readFile(join(samplesDir, name))), name)).projects);
  return buildDatasetModel(projects);
}

/**
 * Writes a synthetic dataset straight into the database: the unit tree first, then the projects in
 * streaming batches of `batchSize` through `bulkInsertProjectStream` (COPY on PostgreSQL). The
 * batches are generated, reviewed and encoded on its worker thread (`generatedProjectBatches`), so
 * this thread only writes, and memory stays bounded by a few batches whatever the total.
 */
export async function generateIntoDatabase(
  database: Database,
  model: DatasetModel,
  opts: DatasetOptions & { readonly batchSize?: number; readonly onProgress?: (p: GenerateProgress) => void },
): Promise<GenerateResult> {
  const t0 = performance.now();
  const tree = generateUnitTree(model, opts.units);
  const ids = await writeUnitTree(database, tree);
  const source = generatedBatchesSource({ model, tree, unitIds: ids, plan: planOf(opts), seed: opts.seed, batchSize: opts.batchSize ?? 2_000 });
  const { inserted: done } = await bulkInsertProjectStream(database, source, {
    actor: 'gen',
    onBatch: (projects) => opts.onProgress?.({ projects, elapsedMs: performance.now() - t0 }),
  });
  return { units: tree.filter((u) => u.kind === 'unit').length, projects: done, elapsedMs: performance.now() - t0 };
}

/** Writes a generated unit tree (parents first, as `generateUnitTree` orders it); returns unit code → row id. */
export async function writeUnitTree(database: Database, tree: readonly GeneratedUnit[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const u of tree) {
    const parentId = u.parentCode ? ids.get(u.parentCode) ?? null : null;
    const unit = await findOrCreateUnit(database.db, { code: u.code, name: u.name, parentId, kind: u.kind, regionCode: u.regionCode });
    ids.set(u.code, unit.id);
  }
  return ids;
}

/**
 * Writes the dataset as text documents in the samples' form layout (`gen-00001.txt`, …,
 * `projectsPerFile` forms each) for import tests; `jixiao import` reads them back.
 */
export async function generateDocuments(
  outDir: string,
  model: DatasetModel,
  opts: DatasetOptions & { readonly projectsPerFile?: number },
): Promise<{ readonly files: readonly string[]; readonly projects: number }> {
  await mkdir(outDir, { recursive: true });
  const perFile = opts.projectsPerFile ?? 200;
  const files: string[] = [];
  let pending: GeneratedProject[] = [];
  let count = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const file = join(outDir, `gen-${String(files.length + 1).padStart(5, '0')}.txt`);
    await writeFile(file, writeGeneratedText(pending), 'utf8');
    files.push(file);
    count += pending.length;
    pending = [];
  };
  const tree = generateUnitTree(model, opts.units);
  for (const item of generateProjects(model, tree, planOf(opts), createSeededRandom(opts.seed))) {
    pending.push(item);
    if (pending.length >= perFile) await flush();
  }
  await flush();
  return { files, projects: count };
}

function planOf(opts: DatasetOptions): { projects: number; years: number; lastYear?: number } {
  if (!Number.isInteger(opts.projects) || opts.projects < 0) throw new RangeError('projects must be a non-negative integer');
  if (!Number.isInteger(opts.years) || opts.years < 1) throw new RangeError('years must be a positive integer');
  return { projects: opts.projects, years: opts.years, ...(opts.lastYear !== undefined ? { lastYear: opts.lastYear } : {}) };
}
