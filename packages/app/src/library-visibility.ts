import type { LibraryVisibility } from '@jixiao/core';
import type { Actor } from './actor';
import type { LibraryState } from './library-cache';

/** What an actor may see of other units' indicators. */
export interface LibraryAccess {
  /** `admin`: every source (global roles: admin, auditor, reviewers without a unit); `unit`: statistics only. */
  readonly visibility: LibraryVisibility;
  /** Units whose projects the actor may see by name: its scope plus the units published to everyone. */
  readonly visibleUnitIds: ReadonlySet<string>;
  /** True when the actor may see a project of this unit by name. */
  isUnitVisible(unitId: string): boolean;
}

/** The actor's view of the library: global scopes see everything, a unit its subtree and published units. */
export function resolveLibraryAccess(actor: Actor, state: LibraryState): LibraryAccess {
  if (actor.scope.all) return { visibility: 'admin', visibleUnitIds: new Set(), isUnitVisible: () => true };
  const visible = new Set<string>([...actor.scope.unitIds, ...state.publishedUnitIds]);
  return { visibility: 'unit', visibleUnitIds: visible, isUnitVisible: (u) => visible.has(u) };
}
