import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportedDocument } from '@jixiao/core';
import { createDraftProject, findOrCreateUnit, insertUser, type Database } from '@jixiao/storage';
import type { Role } from '@jixiao/app';
import { makeProject } from '../../api/support/make-project';

export interface CrashUser {
  readonly id: string;
  readonly username: string;
  readonly role: Role;
  readonly unitId: string;
}

/** What the crash worker needs to know about the database it writes to (passed as a JSON file). */
export interface CrashSetup {
  readonly units: { readonly A: string; readonly A1: string };
  readonly users: { readonly preparer: CrashUser; readonly unitHead: CrashUser; readonly reviewer: CrashUser };
  /** Draft projects the `save` worker edits. */
  readonly saveProjects: readonly string[];
  /** Projects the `transition` worker moves between 草稿/退回修改 and 已提交. */
  readonly transitionProjects: readonly string[];
  /** The parsed sample the `import` worker imports again and again (JSON of an ImportedDocument). */
  readonly documentFile: string;
  /** Projects one complete import of that document creates. */
  readonly projectsPerImport: number;
}

/**
 * Seeds a migrated database for the crash workers: units A → A1, a preparer and a unit head of A1,
 * a department reviewer of A, four projects to save and four to move through the workflow; writes
 * the parsed sample and the setup next to `dir` and returns the setup file's path.
 */
export async function prepareCrashSetup(database: Database, dir: string, doc: ImportedDocument): Promise<{ setup: CrashSetup; file: string }> {
  const db = database.db;
  const A = (await findOrCreateUnit(db, { code: '981', name: '崩溃测试主管部门', kind: 'department' })).id;
  const A1 = (await findOrCreateUnit(db, { code: '981001', name: '崩溃测试预算单位', parentId: A })).id;
  const user = async (username: string, role: Role, unitId: string): Promise<CrashUser> => {
    const u = await insertUser(db, { username, displayName: username, role, unitId, passwordHash: 'not-a-login' });
    return { id: u.id, username, role, unitId };
  };
  const users = { preparer: await user('crash-preparer', 'preparer', A1), unitHead: await user('crash-head', 'unit_head', A1), reviewer: await user('crash-reviewer', 'dept_reviewer', A) };
  const create = async (name: string): Promise<string> => (await createDraftProject(db, A1, makeProject(name), 'crash-setup')).id;
  const saveProjects = [await create('崩溃保存项目1'), await create('崩溃保存项目2'), await create('崩溃保存项目3'), await create('崩溃保存项目4')];
  const transitionProjects = [await create('崩溃流转项目1'), await create('崩溃流转项目2'), await create('崩溃流转项目3'), await create('崩溃流转项目4')];
  const documentFile = join(dir, 'document.json');
  writeFileSync(documentFile, JSON.stringify(doc));
  const setup: CrashSetup = { units: { A, A1 }, users, saveProjects, transitionProjects, documentFile, projectsPerImport: doc.projects.length };
  const file = join(dir, 'setup.json');
  writeFileSync(file, JSON.stringify(setup));
  return { setup, file };
}
