import { findOrCreateUnit, type Database } from '@jixiao/storage';

/** Units of the API and hardening tests: A (department) → A1; B (department) → B1 (the "other unit"). */
export interface TestUnits {
  readonly A: string;
  readonly A1: string;
  readonly B: string;
  readonly B1: string;
}

export async function createTestUnitTree(db: Database['db']): Promise<TestUnits> {
  const A = (await findOrCreateUnit(db, { code: '901', name: '甲主管部门', kind: 'department' })).id;
  const A1 = (await findOrCreateUnit(db, { code: '901001', name: '甲预算单位', parentId: A })).id;
  const B = (await findOrCreateUnit(db, { code: '902', name: '乙主管部门', kind: 'department' })).id;
  const B1 = (await findOrCreateUnit(db, { code: '902001', name: '乙预算单位', parentId: B })).id;
  return { A, A1, B, B1 };
}
