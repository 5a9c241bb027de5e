import { toBigrams } from '../review/text/char-ngrams';
import type { CorpusProject } from './corpus-project';

/** Goals are cut to this many characters before indexing (the opening states the purpose). */
export const MAX_GOAL_CHARS = 400;
/** Term frequency of a bigram in the project name vs in the goals. */
const NAME_TF = 2;
const GOALS_TF = 1;

/**
 * An inverted index of project texts (name + goals) by character bigram with TF-IDF weights,
 * vectors L2-normalised, postings in flat typed arrays: a query touches only the projects sharing
 * one of its bigrams.
 */
export interface ProjectIndex {
  readonly size: number;
  readonly projects: readonly CorpusProject[];
  /** bigram → [start, end) in `docs`/`weights`. */
  readonly postings: ReadonlyMap<number, readonly [number, number]>;
  readonly docs: Int32Array;
  readonly weights: Float32Array;
  /** Inverse document frequency per bigram: ln(1 + N / df). */
  readonly idf: ReadonlyMap<number, number>;
  /** Scratch accumulators reused by queries (single-threaded). */
  readonly scratch: { readonly scores: Float32Array; readonly touched: Int32Array };
}

/** Term frequencies of a project-like text: name bigrams count 2, goal bigrams 1. */
export function countProjectGrams(name: string, goals: readonly string[]): Map<number, number> {
  const tf = new Map<number, number>();
  for (const g of toBigrams(name)) tf.set(g, NAME_TF);
  const goalText = goals.join('。').slice(0, MAX_GOAL_CHARS);
  for (const g of toBigrams(goalText)) tf.set(g, (tf.get(g) ?? 0) + GOALS_TF);
  return tf;
}

/** Builds the bigram TF-IDF index of a corpus (two passes, O(total bigrams)). */
export function buildProjectIndex(corpus: readonly CorpusProject[]): ProjectIndex {
  const n = corpus.length;
  const tfs = corpus.map((p) => countProjectGrams(p.name, p.goals));
  const df = new Map<number, number>();
  let total = 0;
  for (const tf of tfs) {
    total += tf.size;
    for (const g of tf.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const idf = new Map<number, number>();
  const postings = new Map<number, [number, number]>();
  let offset = 0;
  for (const [g, d] of df) {
    idf.set(g, Math.log(1 + n / d));
    postings.set(g, [offset, offset]);
    offset += d;
  }
  const docs = new Int32Array(total);
  const weights = new Float32Array(total);
  tfs.forEach((tf, doc) => {
    let norm = 0;
    for (const [g, f] of tf) norm += (f * (idf.get(g) as number)) ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const [g, f] of tf) {
      const range = postings.get(g) as [number, number];
      docs[range[1]] = doc;
      weights[range[1]] = f * (idf.get(g) as number) * scale;
      range[1]++;
    }
  });
  return { size: n, projects: corpus, postings, docs, weights, idf, scratch: { scores: new Float32Array(n), touched: new Int32Array(n) } };
}
