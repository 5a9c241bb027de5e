import { beforeAll, expect, it } from 'vitest';
import {
  getProject,
  getProjectVersion,
  isStorageError,
  listProjectVersions,
  saveImportedDocument,
  setProjectStatus,
  StorageError,
  updateProject,
  verifyAuditChain,
} from '@jixiao/storage';
import { buildImportedDocument, buildSampleProjects, withChangedTarget } from './support/build-sample-projects';
import { countRows } from './support/count-rows';
import { describeEachDialect } from './support/describe-each-dialect';

async function catchError(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describeEachDialect('updateProject and setProjectStatus', (ctx) => {
  let ids: readonly string[] = [];
  beforeAll(async () => {
    const doc = buildImportedDocument(buildSampleProjects());
    ids = (await saveImportedDocument(ctx.database.db, doc, { fileSha256: 'f'.repeat(64), actor: 'importer' })).projectIds;
  });

  it('a fresh update bumps the version, keeps a version row and rewrites indicators', async () => {
    const { db } = ctx.database;
    const id = ids[0]!;
    const current = (await getProject(db, id))!;
    const edited = { ...withChangedTarget(current.project, 2, '>=8次', { op: '>=', value: 8, unit: '次' }), name: '全民参保及医疗服务（修改）' };
    const saved = await updateProject(db, id, current.version, edited, 'reviewer', '调整宣传次数');
    expect(saved).toMatchObject({ id, version: 2, status: 'draft', updatedBy: 'reviewer' });
    expect(saved.project).toEqual(edited);
    const row = await db.selectFrom('projects').select(['name', 'indicator_count']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ name: '全民参保及医疗服务（修改）', indicator_count: 8 });
    const versions = await listProjectVersions(db, id);
    expect(versions.map((v) => [v.version, v.changedBy, v.changeNote])).toEqual([
      [1, 'importer', expect.stringMatching(/^import /)],
      [2, 'reviewer', '调整宣传次数'],
    ]);
    expect((await getProjectVersion(db, id, 1))!.project.name).toBe(current.project.name);
    const indicator = await db
      .selectFrom('indicators')
      .select(['target_text', 'value'])
      .where('project_id', '=', id)
      .where('position', '=', 2)
      .executeTakeFirstOrThrow();
    expect(indicator).toEqual({ target_text: '>=8次', value: 8 });
    const audit = await db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'project.update', actor: 'reviewer' });
  });

  it('refuses a stale version with version-conflict and changes nothing', async () => {
    const { db } = ctx.database;
    const id = ids[0]!;
    const current = (await getProject(db, id))!;
    const before = await countRows(db);
    const error = await catchError(updateProject(db, id, current.version - 1, current.project, 'someone'));
    expect(error).toBeInstanceOf(StorageError);
    expect(isStorageError(error, 'version-conflict')).toBe(true);
    expect((error as StorageError).params).toMatchObject({ currentVersion: current.version, expectedVersion: current.version - 1 });
    expect(await countRows(db)).toEqual(before);
    expect((await getProject(db, id))!.version).toBe(current.version);
  });

  it('reports not-found for an unknown id', async () => {
    const { db } = ctx.database;
    const project = (await getProject(db, ids[1]!))!.project;
    const error = await catchError(updateProject(db, 'nope', 1, project, 'someone'));
    expect(isStorageError(error, 'not-found')).toBe(true);
    expect(await getProject(db, 'nope')).toBeNull();
  });

  it('lets exactly one of two concurrent saves of the same version win', async () => {
    const { db } = ctx.database;
    const id = ids[1]!;
    const current = (await getProject(db, id))!;
    const a = { ...current.project, purpose: 'A' };
    const b = { ...current.project, purpose: 'B' };
    const results = await Promise.allSettled([
      updateProject(db, id, current.version, a, 'alice'),
      updateProject(db, id, current.version, b, 'bob'),
    ]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(isStorageError(rejected[0]!.reason, 'version-conflict')).toBe(true);
    expect((rejected[0]!.reason as StorageError).params.currentVersion).toBe(current.version + 1);
    expect((await listProjectVersions(db, id)).map((v) => v.version)).toEqual([1, 2]);
  });

  it('changes status under the same version check', async () => {
    const { db } = ctx.database;
    const id = ids[2]!;
    const submitted = await setProjectStatus(db, id, 1, 'submitted', 'unit-user', '提交审核');
    expect(submitted).toMatchObject({ status: 'submitted', version: 2 });
    const stale = await catchError(setProjectStatus(db, id, 1, 'approved', 'finance', null));
    expect(isStorageError(stale, 'version-conflict')).toBe(true);
    const versions = await listProjectVersions(db, id);
    expect(versions.map((v) => [v.version, v.status, v.changeNote])).toEqual([
      [1, 'draft', expect.stringMatching(/^import /)],
      [2, 'submitted', '提交审核'],
    ]);
    expect((await getProjectVersion(db, id, 2))!.project).toEqual((await getProjectVersion(db, id, 1))!.project);
    const invalid = await catchError(setProjectStatus(db, id, 2, 'archived' as never, 'x'));
    expect(isStorageError(invalid, 'invalid-argument')).toBe(true);
    expect(await verifyAuditChain(db)).toBeNull();
  });
});
