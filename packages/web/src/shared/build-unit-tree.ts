import type { Id, Unit } from '../api/api-types';

export interface UnitNode {
  readonly key: string;
  readonly value: string;
  readonly title: string;
  readonly unit: Unit;
  readonly children: UnitNode[];
}

/** Nests the flat unit list by parentId (roots: no parent or a parent not in the list). */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const u of units) {
    const key = String(u.id);
    nodes.set(key, { key, value: key, title: u.code ? `${u.name}（${u.code}）` : u.name, unit: u, children: [] });
  }
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId == null ? undefined : nodes.get(String(node.unit.parentId as Id));
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
