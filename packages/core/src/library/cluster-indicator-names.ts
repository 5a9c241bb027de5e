import { toBigrams } from '../review/text/char-ngrams';
import { shouldJoinNames } from './should-join-names';

/**
 * Clusters normalised names (single link over `shouldJoinNames`; candidate pairs come from a bigram
 * index, so it stays near-linear). `weights` gives each key's use count; a cluster is named by its
 * most used key (ties: shorter, then code-point order). Returns key → cluster name.
 */
export function clusterIndicatorNames(weights: ReadonlyMap<string, number>): Map<string, string> {
  const keys = [...weights.keys()].filter((k) => k !== '').sort();
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    let j = i;
    while (parent[j] !== r) {
      const next = parent[j] as number;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  const postings = new Map<number, number[]>();
  keys.forEach((key, i) => {
    const seen = new Set<number>();
    for (const g of toBigrams(key)) {
      const list = postings.get(g);
      for (const j of list ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        if (find(i) !== find(j) && shouldJoinNames(key, keys[j] as string)) parent[find(i)] = find(j);
      }
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  });
  const best = new Map<number, string>();
  keys.forEach((key, i) => {
    const root = find(i);
    const current = best.get(root);
    if (current === undefined || isBetterName(key, current, weights)) best.set(root, key);
  });
  const out = new Map<string, string>();
  keys.forEach((key, i) => out.set(key, best.get(find(i)) as string));
  return out;
}

function isBetterName(a: string, b: string, weights: ReadonlyMap<string, number>): boolean {
  const wa = weights.get(a) ?? 0;
  const wb = weights.get(b) ?? 0;
  if (wa !== wb) return wa > wb;
  if (a.length !== b.length) return a.length < b.length;
  return a < b;
}
