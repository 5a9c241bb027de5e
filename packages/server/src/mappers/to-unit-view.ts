import type { UnitRecord } from '@jixiao/storage';

export interface UnitApi {
  id: string;
  code: string | null;
  name: string;
  parentId: string | null;
  kind: string;
}

export function toUnitView(u: UnitRecord): UnitApi {
  return { id: u.id, code: u.code, name: u.name, parentId: u.parentId, kind: u.kind };
}
