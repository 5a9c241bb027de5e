import type { Project } from '@jixiao/core';
import { buildIndicatorLibrary, createCorpusProject, resolveCorpusIndex, type CorpusProject, type IndicatorLibrary, type ProjectIndex } from '@jixiao/core';
import { listLibraryEntries, listLibraryUnitPublications, readLibraryStamp, type LibraryEntryRecord } from '@jixiao/storage';
import type { Db } from './db';

/** Everything the library use cases read: the corpus, its bigram index, the library and the curation state. */
export interface LibraryState {
  readonly corpus: readonly CorpusProject[];
  readonly index: ProjectIndex;
  readonly positionOf: ReadonlyMap<string, number>;
  readonly library: IndicatorLibrary;
  /** Published curated entries (their clusters' sources are visible to every unit). */
  readonly entries: readonly LibraryEntryRecord[];
  /** Units whose indicators an administrator published to every unit. */
  readonly publishedUnitIds: ReadonlySet<string>;
  /** When it was built (ms since epoch). */
  readonly builtAt: number;
}

interface CacheSlot {
  stamp: string;
  projectsChangedAt: string | null;
  state: LibraryState;
}

const CACHE = new WeakMap<object, CacheSlot>();
const PENDING = new WeakMap<object, Promise<LibraryState>>();

/**
 * The library state for a database, cached per database handle and rebuilt only when the stored
 * projects or the curation changed (three aggregate queries decide). After a change only the
 * projects changed since the last build are read again (`updated_at` ≥ the last one seen); a
 * deletion (the count no longer adds up) reloads everything. Concurrent callers share one build.
 */
export async function loadLibraryState(db: Db): Promise<LibraryState> {
  const key = db as object;
  const pending = PENDING.get(key);
  if (pending) return pending;
  const run = refresh(db).finally(() => PENDING.delete(key));
  PENDING.set(key, run);
  return run;
}

async function refresh(db: Db): Promise<LibraryState> {
  const key = db as object;
  const s = await readLibraryStamp(db);
  const stamp = `${s.projects}|${s.projectsChangedAt}|${s.curation}`;
  const slot = CACHE.get(key);
  if (slot && slot.stamp === stamp) return slot.state;
  let corpus: CorpusProject[];
  if (slot && slot.projectsChangedAt !== null && s.projects >= slot.state.corpus.length) {
    corpus = [...slot.state.corpus];
    const positions = new Map(slot.state.positionOf);
    for (const p of await loadCorpusRows(db, slot.projectsChangedAt)) {
      const at = positions.get(p.id);
      if (at === undefined) {
        positions.set(p.id, corpus.length);
        corpus.push(p);
      } else corpus[at] = p;
    }
    if (corpus.length !== s.projects) corpus = await loadCorpusRows(db, null);
  } else corpus = await loadCorpusRows(db, null);
  const entries = await listLibraryEntries(db, ['published']);
  const publishedUnitIds = new Set((await listLibraryUnitPublications(db)).map((p) => p.unitId));
  const library = buildIndicatorLibrary(corpus, { publishedIds: entries.flatMap((e) => (e.clusterId ? [e.clusterId] : [])) });
  const { index, positionOf } = resolveCorpusIndex(corpus);
  const state: LibraryState = { corpus, index, positionOf, library, entries, publishedUnitIds, builtAt: Date.now() };
  CACHE.set(key, { stamp, projectsChangedAt: s.projectsChangedAt, state });
  return state;
}

/** Stored projects as corpus entries in id order; only those changed at or after `since` when given. */
async function loadCorpusRows(db: Db, since: string | null): Promise<CorpusProject[]> {
  let q = db
    .selectFrom('projects')
    .leftJoin('units', 'units.id', 'projects.unit_id')
    .select(['projects.id', 'projects.unit_id', 'units.name as unit_name', 'projects.status', 'projects.document']);
  if (since !== null) q = q.where('projects.updated_at', '>=', since);
  const rows = await q.orderBy('projects.id').execute();
  return rows.map((r) => createCorpusProject({ id: r.id, unitId: r.unit_id, unitName: r.unit_name, status: r.status, project: JSON.parse(r.document) as Project }));
}
