import type { Project } from '@jixiao/core';
import type { Db } from './db';
import { buildIndicatorLibrary, createCorpusProject, type CorpusProject, type IndicatorLibrary, type LibraryOptions } from '@jixiao/core';

export interface LibraryBundle {
  readonly corpus: readonly CorpusProject[];
  readonly library: IndicatorLibrary;
}

/** Every stored project (documents and units) in one query, in id order, as the library corpus. */
export async function loadLibraryCorpus(db: Db): Promise<CorpusProject[]> {
  const rows = await db
    .selectFrom('projects')
    .leftJoin('units', 'units.id', 'projects.unit_id')
    .select(['projects.id', 'projects.unit_id', 'units.name as unit_name', 'projects.status', 'projects.document'])
    .orderBy('projects.id')
    .execute();
  return rows.map((r) => createCorpusProject({ id: r.id, unitId: r.unit_id, unitName: r.unit_name, status: r.status, project: JSON.parse(r.document) as Project }));
}

/** Loads the stored projects and builds the indicator library (指标库) from their targets. */
export async function buildLibrary(db: Db, opts: LibraryOptions = {}): Promise<LibraryBundle> {
  const corpus = await loadLibraryCorpus(db);
  return { corpus, library: buildIndicatorLibrary(corpus, opts) };
}
