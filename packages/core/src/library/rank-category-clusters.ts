import type { Level2 } from '../model/taxonomy';
import type { ClusterUse, IndicatorLibrary, LibraryCluster } from './indicator-library';

export interface CategoryCluster {
  readonly cluster: LibraryCluster;
  /** The cluster's uses in the category, heaviest first (approved first), then corpus order. */
  readonly uses: readonly ClusterUse[];
  /** Distinct projects using it in the category. */
  readonly support: number;
}

const CACHE = new WeakMap<IndicatorLibrary, Map<string, CategoryCluster[]>>();

/** Library clusters used in these level-2 categories, most reused first (support, weight, id); cached per library. */
export function rankCategoryClusters(library: IndicatorLibrary, level2s: readonly Level2[]): readonly CategoryCluster[] {
  let perLibrary = CACHE.get(library);
  if (!perLibrary) CACHE.set(library, (perLibrary = new Map()));
  const key = level2s.join(',');
  const cached = perLibrary.get(key);
  if (cached) return cached;
  const ranked: CategoryCluster[] = [];
  for (const cluster of library.clusters) {
    const uses = cluster.uses.filter((u) => u.level2 !== null && level2s.includes(u.level2));
    if (uses.length === 0) continue;
    uses.sort((a, b) => b.weight - a.weight || a.project - b.project);
    ranked.push({ cluster, uses, support: new Set(uses.map((u) => u.project)).size });
  }
  ranked.sort((a, b) => b.support - a.support || b.cluster.weight - a.cluster.weight || (a.cluster.id < b.cluster.id ? -1 : 1));
  perLibrary.set(key, ranked);
  return ranked;
}
