import { buildProjectIndex, type ProjectIndex } from './build-project-index';
import type { CorpusProject } from './corpus-project';

export interface CorpusIndex {
  readonly index: ProjectIndex;
  /** Project id → corpus position. */
  readonly positionOf: ReadonlyMap<string, number>;
}

const CACHE = new WeakMap<object, CorpusIndex>();

/** The bigram index of a corpus, built once per corpus array (or index) and cached. */
export function resolveCorpusIndex(corpus: readonly CorpusProject[] | ProjectIndex): CorpusIndex {
  const cached = CACHE.get(corpus);
  if (cached) return cached;
  const index = 'postings' in corpus ? corpus : buildProjectIndex(corpus as readonly CorpusProject[]);
  const positionOf = new Map<string, number>();
  index.projects.forEach((p, i) => positionOf.set(p.id, i));
  const resolved = { index, positionOf };
  CACHE.set(corpus, resolved);
  return resolved;
}
