import { mayShowCluster, normalizeIndicatorName, type LibraryCluster, type MetRate, type ValueDistribution } from '@jixiao/core';
import type { Actor } from './actor';
import type { Db } from './db';
import { loadLibraryState } from './library-cache';
import { resolveLibraryAccess, type LibraryAccess } from './library-visibility';

/** A library cluster as a user may see it: statistics always, names of units and variants only where visible. */
export interface LibraryClusterView {
  readonly id: string;
  readonly name: string;
  /** Original names; only the display name for a unit when some unit using the entry is not visible to it. */
  readonly variants: readonly string[];
  readonly level1: string | null;
  readonly level2: string | null;
  readonly op: string | null;
  readonly unit: string | null;
  readonly values: ValueDistribution | null;
  readonly typicalTargetText: string | null;
  readonly support: number;
  readonly reuse: number;
  readonly unitCount: number;
  readonly unitNames: readonly string[];
  readonly met: MetRate | null;
  readonly published: boolean;
  readonly detailsHidden: boolean;
}

export interface LibraryListQuery {
  readonly q?: string;
  readonly level1?: string;
  readonly level2?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface LibraryPage {
  readonly total: number;
  readonly projectCount: number;
  readonly clusters: readonly LibraryClusterView[];
}

/**
 * The indicator library (指标库) for the actor: every cluster for global roles; for a unit, only
 * clusters that are statistics over at least two other units, its own, or published ones.
 */
export async function listLibraryClusters(db: Db, actor: Actor, query: LibraryListQuery): Promise<LibraryPage> {
  const state = await loadLibraryState(db);
  const access = resolveLibraryAccess(actor, state);
  const view = { visibility: access.visibility, visibleUnitIds: access.visibleUnitIds, excludeUnitIds: new Set<string>(), minUnits: 2 };
  const needle = query.q ? normalizeIndicatorName(query.q) || query.q.trim() : '';
  const matched = state.library.clusters.filter(
    (c) =>
      (!query.level1 || c.level1 === query.level1) &&
      (!query.level2 || c.level2 === query.level2) &&
      (needle === '' || c.name.includes(query.q?.trim() ?? '') || c.keys.some((k) => k.includes(needle))) &&
      mayShowCluster(c, view),
  );
  return {
    total: matched.length,
    projectCount: state.library.projectCount,
    clusters: matched.slice(query.offset, query.offset + query.limit).map((c) => toLibraryClusterView(c, access)),
  };
}

export function toLibraryClusterView(c: LibraryCluster, access: LibraryAccess): LibraryClusterView {
  // Variants and unit names are a unit's own wording: shown only when every unit using the entry is visible (published or not).
  const open = c.unitIds.every((u) => access.isUnitVisible(u));
  return {
    id: c.id,
    name: c.name,
    variants: open ? c.variants : [c.name],
    level1: c.level1,
    level2: c.level2,
    op: c.op,
    unit: c.unit,
    values: c.values,
    typicalTargetText: c.typicalTargetText,
    support: c.support,
    reuse: c.reuse,
    unitCount: c.unitIds.length,
    unitNames: open ? c.unitNames : c.unitNames.filter((_, i) => access.isUnitVisible(c.unitIds[i] as string)),
    met: c.met,
    published: c.published,
    detailsHidden: !open,
  };
}
