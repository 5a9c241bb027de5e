import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countProjects, findUserByUsername, insertUser, listUnits, saveImportedDocument, type UnitRecord } from '@jixiao/storage';
import type { Db } from './db';
import type { PasswordHasher } from './password-hasher';
import { parseDocument } from './parse-document';
import type { Role } from './role';

export interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitName: string | null;
}

export interface SampleDataResult {
  readonly loaded: boolean;
  readonly files: readonly { readonly file: string; readonly projects: number }[];
  readonly accounts: readonly DemoAccount[];
}

/** Year for sample files that state none (002 states 2023, 004 none). */
export const SAMPLE_FISCAL_YEAR = 2024;

/**
 * First run only (no projects yet): imports `fixtures/samples/*.txt` through parseDocument and
 * saveImportedDocument (which builds the unit tree from 主管部门/预算单位), then creates one demo
 * account per role with the given password: preparer and unit head in a budget unit that has a
 * department above it, the department reviewer in that department, and finance reviewer and
 * auditor without a unit (they see every unit).
 */
export async function loadSampleData(db: Db, hasher: PasswordHasher, dir: string, password: string): Promise<SampleDataResult> {
  if ((await countProjects(db)) > 0) return { loaded: false, files: [], accounts: [] };
  const names = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.txt')).sort();
  const files: { file: string; projects: number }[] = [];
  for (const name of names) {
    const bytes = new Uint8Array(await readFile(join(dir, name)));
    const doc = await parseDocument(bytes, name);
    if (doc.projects.length === 0 && doc.departmentTargets.length === 0) continue;
    const fileSha256 = createHash('sha256').update(bytes).digest('hex');
    await saveImportedDocument(db, doc, { fileSha256, actor: 'system', fiscalYearHint: SAMPLE_FISCAL_YEAR });
    files.push({ file: name, projects: doc.projects.length });
  }
  const accounts = await createDemoAccounts(db, hasher, password);
  return { loaded: true, files, accounts };
}

async function createDemoAccounts(db: Db, hasher: PasswordHasher, password: string): Promise<DemoAccount[]> {
  const units = await listUnits(db);
  const { unit, department } = pickDemoUnits(units);
  const plan: { username: string; displayName: string; role: Role; unit: UnitRecord | null }[] = [
    { username: 'preparer', displayName: '演示填报人', role: 'preparer', unit },
    { username: 'unithead', displayName: '演示单位负责人', role: 'unit_head', unit },
    { username: 'deptreviewer', displayName: '演示主管部门审核人', role: 'dept_reviewer', unit: department },
    { username: 'financereviewer', displayName: '演示财政审核人', role: 'finance_reviewer', unit: null },
    { username: 'auditor', displayName: '演示审计（只读）', role: 'auditor', unit: null },
  ];
  const passwordHash = await hasher.hash(password);
  const created: DemoAccount[] = [];
  for (const p of plan) {
    if (await findUserByUsername(db, p.username)) continue;
    if ((p.role === 'preparer' || p.role === 'unit_head') && !p.unit) continue;
    await insertUser(db, { username: p.username, displayName: p.displayName, role: p.role, unitId: p.unit?.id ?? null, passwordHash });
    created.push({ username: p.username, displayName: p.displayName, role: p.role, unitName: p.unit?.name ?? null });
  }
  return created;
}

/** A budget unit under a department (the sample tree 481 → 481001), else any unit. */
function pickDemoUnits(units: readonly UnitRecord[]): { unit: UnitRecord | null; department: UnitRecord | null } {
  const child = units.find((u) => u.parentId !== null && u.kind === 'unit');
  if (child) return { unit: child, department: units.find((u) => u.id === child.parentId) ?? null };
  const any = units[0] ?? null;
  return { unit: any, department: any };
}
