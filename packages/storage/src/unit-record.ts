import type { Selectable } from 'kysely';
import type { UnitsTable } from './schema';

export type UnitKind = 'region' | 'department' | 'unit';

/** A unit (主管部门 or 预算单位) as the rest of the system sees it. */
export interface UnitRecord {
  readonly id: string;
  readonly code: string | null;
  readonly name: string;
  readonly parentId: string | null;
  readonly regionCode: string | null;
  readonly kind: string;
}

export function mapUnitRow(row: Selectable<UnitsTable>): UnitRecord {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    parentId: row.parent_id,
    regionCode: row.region_code,
    kind: row.kind,
  };
}
