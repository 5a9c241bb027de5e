import type { Role } from './role';

/**
 * Which units a user may see: every unit (admin, auditor, and accounts not attached to a unit such
 * as a finance bureau's reviewers), or its own unit's subtree.
 */
export type UnitScope = { readonly all: true } | { readonly all: false; readonly unitIds: ReadonlySet<string> };

/** The signed-in user a use case acts for. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitId: string | null;
  readonly unitName: string | null;
  readonly scope: UnitScope;
}

export function isInScope(scope: UnitScope, unitId: string): boolean {
  return scope.all || scope.unitIds.has(unitId);
}

/** The scope as a unit-id list for queries (undefined = no restriction). */
export function scopeUnitIds(scope: UnitScope): readonly string[] | undefined {
  return scope.all ? undefined : [...scope.unitIds];
}
