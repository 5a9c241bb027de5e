import type { Fen } from '../model/money';
import type { ProjectKind } from '../model/project';
import type { CorpusProject } from './corpus-project';
import { countProjectGrams, type ProjectIndex } from './build-project-index';

/** What a project looks like to the similarity search (a draft needs no id). */
export interface ProjectLike {
  readonly name: string;
  readonly goals?: readonly string[];
  readonly kind?: ProjectKind | null;
  readonly funds?: { readonly total: Fen | null } | Fen | null;
  /** Funds total in fen as a corpus project carries it (used when `funds` is absent). */
  readonly fundsTotal?: Fen | null;
}

export interface SimilarProject {
  /** Index in the corpus. */
  readonly index: number;
  readonly project: CorpusProject;
  /** Cosine of the TF-IDF bigram vectors, times small kind/funds boosts (≤ 1.2). */
  readonly similarity: number;
}

export interface SimilarityOptions {
  /** Leave out projects of these units (the asking unit). */
  readonly excludeUnitIds?: ReadonlySet<string>;
  readonly excludeProjectIds?: ReadonlySet<string>;
  /** How many to return; default 30. */
  readonly limit?: number;
  /** Smallest similarity kept; default 0.05. */
  readonly minSimilarity?: number;
}

/** From this corpus size on, query bigrams found in more than PRUNE_DF_SHARE of the projects are skipped (low IDF, long postings). */
export const PRUNE_FROM = 1000;
export const PRUNE_DF_SHARE = 0.2;

/** The project's funds total in fen, whichever shape it came in. */
export function readFundsTotal(p: ProjectLike): Fen | null {
  const f = p.funds;
  if (f == null) return p.fundsTotal ?? null;
  return typeof f === 'number' ? f : f.total;
}

/**
 * The projects most similar to a project-like text: cosine of character-bigram TF-IDF vectors
 * (names count double), read from the inverted index so only projects sharing a bigram are touched;
 * the same kind boosts by 10 %, funds of the same order by up to 10 %. Ties keep corpus order.
 */
export function findSimilarProjects(index: ProjectIndex, query: ProjectLike, opts: SimilarityOptions = {}): SimilarProject[] {
  const limit = opts.limit ?? 30;
  const minSimilarity = opts.minSimilarity ?? 0.05;
  const tf = countProjectGrams(query.name, query.goals ?? []);
  const q: [number, number][] = [];
  let norm = 0;
  const maxDf = index.size >= PRUNE_FROM ? index.size * PRUNE_DF_SHARE : Infinity;
  for (const [g, f] of tf) {
    const idf = index.idf.get(g);
    if (idf === undefined) continue;
    const range = index.postings.get(g) as readonly [number, number];
    if (range[1] - range[0] > maxDf) continue;
    q.push([g, f * idf]);
    norm += (f * idf) ** 2;
  }
  if (norm === 0) return [];
  const scale = 1 / Math.sqrt(norm);
  const { scores, touched } = index.scratch;
  let touchedCount = 0;
  for (const [g, w] of q) {
    const range = index.postings.get(g) as readonly [number, number];
    const qw = w * scale;
    for (let i = range[0]; i < range[1]; i++) {
      const doc = index.docs[i] as number;
      if (scores[doc] === 0) touched[touchedCount++] = doc;
      scores[doc] = (scores[doc] as number) + qw * (index.weights[i] as number);
    }
  }
  const queryFunds = readFundsTotal(query);
  const top: SimilarProject[] = [];
  for (let t = 0; t < touchedCount; t++) {
    const doc = touched[t] as number;
    let s = scores[doc] as number;
    scores[doc] = 0;
    const p = index.projects[doc] as CorpusProject;
    if (s < minSimilarity / 1.2 || opts.excludeUnitIds?.has(p.unitId) || opts.excludeProjectIds?.has(p.id)) continue;
    s = Math.round(s * boostFor(query.kind ?? null, queryFunds, p) * 1e6) / 1e6;
    if (s < minSimilarity) continue;
    if (top.length === limit && !ranksBefore(s, doc, top[limit - 1] as SimilarProject)) continue;
    insertRanked(top, { index: doc, project: p, similarity: s }, limit);
  }
  return top;
}

function boostFor(kind: ProjectKind | null, funds: Fen | null, p: CorpusProject): number {
  let b = 1;
  if (kind !== null && p.kind === kind) b *= 1.1;
  if (funds !== null && funds > 0 && p.fundsTotal !== null && p.fundsTotal > 0) {
    const orders = Math.abs(Math.log10(funds / p.fundsTotal));
    b *= 1 + 0.1 * Math.max(0, 1 - orders / 3);
  }
  return b;
}

function ranksBefore(s: number, doc: number, other: SimilarProject): boolean {
  return s > other.similarity || (s === other.similarity && doc < other.index);
}

function insertRanked(top: SimilarProject[], item: SimilarProject, limit: number): void {
  let i = top.length;
  while (i > 0 && ranksBefore(item.similarity, item.index, top[i - 1] as SimilarProject)) i--;
  top.splice(i, 0, item);
  if (top.length > limit) top.pop();
}
