import type { ComparisonOp, TargetValue } from '../model/target-value';
import type { Level1, Level2 } from '../model/taxonomy';
import { clusterIndicatorNames } from './cluster-indicator-names';
import type { CorpusProject } from './corpus-project';
import { foldLevel2 } from './fold-level2';
import { formatTypicalTarget } from './format-typical-target';
import type { ClusterUse, IndicatorLibrary, LibraryCluster, MetRate } from './indicator-library';
import { normalizeIndicatorName } from './normalize-indicator-name';
import { summarizeValues } from './summarize-values';
import { computeBalancedMedian } from './compute-balanced-median';

export interface LibraryOptions {
  /** Cluster ids of curated entries an administrator has published (offered to every unit). */
  readonly publishedIds?: Iterable<string>;
  /** Weight of an approved project's indicators (others weigh 1). Default 2. */
  readonly approvedWeight?: number;
}

const OP_ORDER: readonly (ComparisonOp | 'qualitative')[] = ['>=', '=', '<=', '>', '<', 'qualitative'];

/**
 * Builds the indicator library from stored targets: names normalised and near-duplicates clustered
 * (`clusterIndicatorNames`), each cluster with its majority category, typical operator and unit, the
 * distribution of its numeric targets, the units using it, its reuse and (with actuals) how often
 * it was met. Pure and deterministic: the same corpus gives the same library in the same order.
 */
export function buildIndicatorLibrary(corpus: readonly CorpusProject[], opts: LibraryOptions = {}): IndicatorLibrary {
  const approvedWeight = opts.approvedWeight ?? 2;
  const published = new Set(opts.publishedIds ?? []);
  const keyWeights = new Map<string, number>();
  // A corpus repeats its indicator names many times over: each distinct name is normalised once.
  const keyOfName = new Map<string, string>();
  const displayOfName = new Map<string, string>();
  const keysOf: string[][] = corpus.map((p) => {
    const w = p.approved ? approvedWeight : 1;
    return p.indicators.map((ind) => {
      let key = keyOfName.get(ind.name);
      if (key === undefined) keyOfName.set(ind.name, (key = normalizeIndicatorName(ind.name)));
      if (key !== '') keyWeights.set(key, (keyWeights.get(key) ?? 0) + w);
      return key;
    });
  });
  const clusterOfKey = clusterIndicatorNames(keyWeights);
  const acc = new Map<string, Accumulator>();
  const projectUses = corpus.map((p, pi) => {
    const w = p.approved ? approvedWeight : 1;
    return p.indicators.map((ind, ii) => {
      const id = clusterOfKey.get(keysOf[pi]?.[ii] ?? '');
      if (id === undefined) return null;
      let a = acc.get(id);
      if (!a) acc.set(id, (a = createAccumulator()));
      let display = displayOfName.get(ind.name);
      if (display === undefined) displayOfName.set(ind.name, (display = ind.name.normalize('NFKC').replace(/\s+/g, '')));
      return addUse(a, id, p, pi, ii, w, keysOf[pi]?.[ii] ?? '', display);
    });
  });
  const clusters = [...acc.entries()].map(([id, a]) => finishCluster(id, a, published.has(id), corpus));
  clusters.sort((x, y) => y.support - x.support || y.weight - x.weight || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { clusters, byId: new Map(clusters.map((c) => [c.id, c])), clusterOfKey, projectUses, projectCount: corpus.length };
}

interface Accumulator {
  uses: ClusterUse[];
  variants: Map<string, number>;
  keys: Set<string>;
  categories: Map<string, { level1: Level1 | null; level2: Level2 | null; count: number }>;
  ops: Map<ComparisonOp | 'qualitative', number>;
  units: Map<string, number>;
  texts: Map<string, number>;
  projects: Set<number>;
  unitNames: Map<string, string>;
  weight: number;
  metN: number;
  met: number;
}

function createAccumulator(): Accumulator {
  return { uses: [], variants: new Map(), keys: new Set(), categories: new Map(), ops: new Map(), units: new Map(), texts: new Map(), projects: new Set(), unitNames: new Map(), weight: 0, metN: 0, met: 0 };
}

function addUse(a: Accumulator, id: string, p: CorpusProject, pi: number, ii: number, w: number, key: string, display: string): ClusterUse | null {
  const ind = p.indicators[ii];
  if (!ind) return null;
  const cat = foldLevel2(ind.level1, ind.level2);
  const t = ind.target;
  const quantitative = t != null && t.op !== 'qualitative' && t.period === undefined;
  const text = t == null ? null : t.op === 'qualitative' ? t.text : t.period ? (ind.targetText ?? t.period.text) : null;
  const use: ClusterUse = { cluster: id, project: pi, indicator: ii, level1: cat.level1, level2: cat.level2, op: t?.op ?? null, value: quantitative ? t.value : null, unit: quantitative ? t.unit : null, text, weight: w };
  a.uses.push(use);
  a.variants.set(display, (a.variants.get(display) ?? 0) + 1);
  a.keys.add(key);
  const catKey = `${cat.level1 ?? ''}/${cat.level2 ?? ''}`;
  const c = a.categories.get(catKey);
  if (c) c.count += w;
  else a.categories.set(catKey, { ...cat, count: w });
  if (t) a.ops.set(t.op, (a.ops.get(t.op) ?? 0) + w);
  if (quantitative) a.units.set(t.unit ?? '', (a.units.get(t.unit ?? '') ?? 0) + w);
  if (text) a.texts.set(text, (a.texts.get(text) ?? 0) + w);
  a.projects.add(pi);
  a.unitNames.set(p.unitId, p.unitName ?? p.unitId);
  a.weight += w;
  const verdict = judgeMet(t, ind.actual, cat.level2);
  if (verdict !== null) {
    a.metN++;
    if (verdict) a.met++;
  }
  return use;
}

/** True/false when target and actual are comparable numbers in one unit; null otherwise. */
export function judgeMet(target: TargetValue | null, actual: TargetValue | null, level2: Level2 | null): boolean | null {
  if (!target || !actual || target.op === 'qualitative' || actual.op === 'qualitative') return null;
  if ((target.unit ?? '') !== (actual.unit ?? '')) return null;
  const lowerIsBetter = target.op === '<=' || target.op === '<' || (target.op === '=' && level2 === 'cost');
  return lowerIsBetter ? actual.value <= target.value : actual.value >= target.value;
}

function pickMajority<K>(counts: ReadonlyMap<K, number>, order: (a: K, b: K) => number): K | null {
  let best: K | null = null;
  let bestCount = -1;
  for (const [k, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && order(k, best) < 0)) {
      best = k;
      bestCount = n;
    }
  }
  return best;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function finishCluster(id: string, a: Accumulator, published: boolean, corpus: readonly CorpusProject[]): LibraryCluster {
  const categories = [...a.categories.values()].sort((x, y) => y.count - x.count || byText(`${x.level1}/${x.level2}`, `${y.level1}/${y.level2}`));
  const op = pickMajority(a.ops, (x, y) => OP_ORDER.indexOf(x) - OP_ORDER.indexOf(y));
  const unitText = pickMajority(a.units, byText);
  const unit = unitText === null || unitText === '' ? null : unitText;
  const numeric = a.uses.filter((u) => u.value !== null && (u.unit ?? '') === (unitText ?? ''));
  const values = summarizeValues(numeric.map((u) => u.value as number));
  const typical = computeBalancedMedian(numeric.map((u) => ({ value: u.value as number, unitId: corpus[u.project]?.unitId ?? '' })));
  const commonText = pickMajority(a.texts, byText);
  const typicalTargetText = op !== null && op !== 'qualitative' && typical !== null ? formatTypicalTarget(op, typical, unit) : commonText;
  const variants = [...a.variants.entries()].sort((x, y) => y[1] - x[1] || byText(x[0], y[0])).map(([v]) => v);
  const unitIds = [...a.unitNames.keys()].sort(byText);
  const met: MetRate | null = a.metN > 0 ? { n: a.metN, met: a.met, rate: Math.round((a.met / a.metN) * 1000) / 1000 } : null;
  return {
    id,
    name: variants[0] ?? id,
    variants: variants.slice(0, 12),
    keys: [...a.keys].sort(byText),
    level1: categories[0]?.level1 ?? null,
    level2: categories[0]?.level2 ?? null,
    categories,
    op,
    unit,
    values,
    typicalTargetText,
    support: a.projects.size,
    reuse: a.uses.length,
    weight: a.weight,
    unitIds,
    unitNames: unitIds.map((u) => a.unitNames.get(u) ?? u),
    met,
    published,
    uses: a.uses,
  };
}
