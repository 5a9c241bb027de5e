import { expect, it } from 'vitest';
import type { DepartmentTarget, ImportedDocument } from '@jixiao/core';
import {
  findOrCreateUnit,
  getProject,
  listProjectVersions,
  saveImportedDocument,
  UNASSIGNED_UNIT_NAME,
  verifyAuditChain,
} from '@jixiao/storage';
import { buildImportedDocument, buildSampleProjects, withChangedTarget } from './support/build-sample-projects';
import { countRows } from './support/count-rows';
import { describeEachDialect } from './support/describe-each-dialect';

const SHA = 'a'.repeat(64);

describeEachDialect('saveImportedDocument', (ctx) => {
  it('stores a document: unit, projects, indicators, versions, batch, audit', async () => {
    const { db } = ctx.database;
    const projects = buildSampleProjects({ unit: '库尔勒市医疗保障局-A' });
    const before = await countRows(db);
    const result = await saveImportedDocument(db, buildImportedDocument(projects), { fileSha256: SHA, actor: 'importer' });
    expect(result).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    const after = await countRows(db);
    expect(after.projects - before.projects).toBe(3);
    expect(after.units - before.units).toBe(1);
    expect(after.indicators - before.indicators).toBe(8 + 6 + 7);
    expect(after.project_versions - before.project_versions).toBe(3);
    expect(after.import_batches - before.import_batches).toBe(1);
    expect(after.audit_log - before.audit_log).toBe(4);

    const stored = await getProject(db, result.projectIds[1]!);
    expect(stored).toMatchObject({ version: 1, status: 'draft', fiscalYear: 2023, createdBy: 'importer' });
    expect(stored!.project).toEqual(projects[1]);
    expect(stored!.project.funds.total).toBe(6_118_230_000);

    const batch = await db.selectFrom('import_batches').selectAll().where('id', '=', result.batchId).executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ file_sha256: SHA, format: 'txt', layout: 'target-table', project_count: 3, issue_count: 1 });
    expect(JSON.parse(batch.report).issues[0].code).toBe('indicator-name-truncated');
    expect(await verifyAuditChain(db)).toBeNull();
  });

  it('importing the same document twice creates no duplicates', async () => {
    const { db } = ctx.database;
    const doc = buildImportedDocument(buildSampleProjects({ unit: '库尔勒市医疗保障局-B' }));
    const first = await saveImportedDocument(db, doc, { fileSha256: SHA, actor: 'importer' });
    const before = await countRows(db);
    const second = await saveImportedDocument(db, doc, { fileSha256: SHA, actor: 'importer' });
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(second.projectIds).toEqual(first.projectIds);
    const after = await countRows(db);
    expect(after).toEqual({ ...before, import_batches: before.import_batches + 1, audit_log: before.audit_log + 1 });
    for (const id of first.projectIds) expect((await getProject(db, id))!.version).toBe(1);
  });

  it('treats moved source lines as unchanged', async () => {
    const { db } = ctx.database;
    const projects = buildSampleProjects({ unit: '库尔勒市医疗保障局-C' });
    await saveImportedDocument(db, buildImportedDocument(projects), { fileSha256: SHA, actor: 'importer' });
    const moved = projects.map((p) => ({ ...p, source: { line: (p.source?.line ?? 0) + 10 } }));
    const again = await saveImportedDocument(db, buildImportedDocument(moved), { fileSha256: 'b'.repeat(64), actor: 'importer' });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('a changed re-import bumps the version and keeps the old one', async () => {
    const { db } = ctx.database;
    const projects = buildSampleProjects({ unit: '库尔勒市医疗保障局-D' });
    const first = await saveImportedDocument(db, buildImportedDocument(projects), { fileSha256: SHA, actor: 'importer' });
    const changed = [projects[0]!, withChangedTarget(projects[1]!, 0, '≥32万人', { op: '>=', value: 320000, unit: '人' }), projects[2]!];
    const second = await saveImportedDocument(db, buildImportedDocument(changed), { fileSha256: 'c'.repeat(64), actor: 'importer2' });
    expect(second).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const id = first.projectIds[1]!;
    const stored = await getProject(db, id);
    expect(stored).toMatchObject({ version: 2, updatedBy: 'importer2', createdBy: 'importer' });
    expect(stored!.project.indicators[0]!.targetText).toBe('≥32万人');
    const versions = await listProjectVersions(db, id);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]!.changeNote).toBe(`import ${second.batchId}`);
    const indicator = await db
      .selectFrom('indicators')
      .select(['target_text', 'op', 'value', 'unit'])
      .where('project_id', '=', id)
      .where('position', '=', 0)
      .executeTakeFirstOrThrow();
    expect(indicator).toEqual({ target_text: '≥32万人', op: '>=', value: 320000, unit: '人' });
    const indicatorCount = await db
      .selectFrom('indicators')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('project_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Number(indicatorCount.n)).toBe(6);
  });

  it('writes nothing when one project in the document violates a constraint', async () => {
    const { db } = ctx.database;
    const projects = buildSampleProjects({ unit: '库尔勒市医疗保障局-E', department: '新的主管部门E' });
    const broken = [projects[0]!, { ...projects[1]!, name: null as unknown as string }, projects[2]!];
    const before = await countRows(db);
    const headBefore = await db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    await expect(
      saveImportedDocument(db, buildImportedDocument(broken), { fileSha256: SHA, actor: 'importer' }),
    ).rejects.toThrow();
    expect(await countRows(db)).toEqual(before);
    expect(await db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow()).toEqual(headBefore);
    expect(await verifyAuditChain(db)).toBeNull();
  });

  it('builds the unit hierarchy from department and unit codes', async () => {
    const { db } = ctx.database;
    const [a, b] = buildSampleProjects({ unit: '门源县医疗保障局', unitCode: '481001', department: '门源县医疗保障局', departmentCode: '481' });
    const c = { ...buildSampleProjects()[2]!, unit: '门源县医疗保障中心', unitCode: '481002', department: null };
    await saveImportedDocument(db, buildImportedDocument([a!, b!, c]), { fileSha256: SHA, actor: 'importer' });
    const units = await db.selectFrom('units').selectAll().where('code', 'in', ['481', '481001', '481002']).orderBy('code').execute();
    expect(units.map((u) => [u.code, u.kind])).toEqual([
      ['481', 'department'],
      ['481001', 'unit'],
      ['481002', 'unit'],
    ]);
    expect(units[1]!.parent_id).toBe(units[0]!.id);
    expect(units[2]!.parent_id).toBe(units[0]!.id);
    // findOrCreateUnit by code returns the same unit; by name under its parent too.
    expect((await findOrCreateUnit(db, { code: '481001' })).id).toBe(units[1]!.id);
    expect((await findOrCreateUnit(db, { name: '门源县医疗保障中心', parentId: units[0]!.id })).id).toBe(units[2]!.id);
  });

  it('uses the hints when the document names no unit or year', async () => {
    const { db } = ctx.database;
    const hintUnit = await findOrCreateUnit(db, { code: '540100001', name: '拉萨市医疗保障局', kind: 'unit' });
    const projects = buildSampleProjects({ fiscalYear: null }).map((p) => ({ ...p, unit: null, name: `${p.name}-F` }));
    const r = await saveImportedDocument(db, buildImportedDocument(projects), {
      fileSha256: SHA,
      actor: 'importer',
      unitHint: { id: hintUnit.id },
      fiscalYearHint: 2024,
    });
    const stored = await getProject(db, r.projectIds[0]!);
    expect(stored).toMatchObject({ unitId: hintUnit.id, fiscalYear: 2024 });
    expect(stored!.project.fiscalYear).toBeNull();

    const noHint = await saveImportedDocument(
      db,
      buildImportedDocument([{ ...projects[0]!, name: '无单位项目' }]),
      { fileSha256: SHA, actor: 'importer' },
    );
    const orphan = await getProject(db, noHint.projectIds[0]!);
    const unit = await db.selectFrom('units').selectAll().where('id', '=', orphan!.unitId).executeTakeFirstOrThrow();
    expect(unit.name).toBe(UNASSIGNED_UNIT_NAME);
  });

  it('keeps same-named projects with different totals, and repeated rows, apart', async () => {
    const { db } = ctx.database;
    const base = buildSampleProjects({ unit: '拉萨市医疗保障局-G', fiscalYear: 2024 })[0]!;
    const rows = [
      { ...base, name: '城乡居民基本医疗保险', funds: { total: 18_278_000_000, fiscal: 18_278_000_000, other: 0 } },
      { ...base, name: '城乡居民基本医疗保险', funds: { total: 1_870_000_000, fiscal: 1_870_000_000, other: 0 } },
      { ...base, name: '城乡居民基本医疗保险', funds: { total: 1_870_000_000, fiscal: 1_870_000_000, other: 0 } },
    ];
    const first = await saveImportedDocument(db, buildImportedDocument(rows), { fileSha256: SHA, actor: 'importer' });
    expect(first).toMatchObject({ created: 3 });
    const second = await saveImportedDocument(db, buildImportedDocument(rows), { fileSha256: SHA, actor: 'importer' });
    expect(second).toMatchObject({ created: 0, unchanged: 3 });
    expect(second.projectIds).toEqual(first.projectIds);
  });

  it('stores department targets and versions them on change', async () => {
    const { db } = ctx.database;
    const target: DepartmentTarget = {
      name: '兴隆县医疗保障局部门整体支出绩效目标',
      unitCode: '130822001',
      fiscalYear: 2024,
      funds: { total: 514_211_494, fiscal: 514_211_494, other: 0 },
      goals: ['全面落实医疗保障待遇政策'],
      tasks: [{ name: '医保基金监管', content: null, amount: 1_000_000, fiscal: 1_000_000, other: 0, goals: [], indicatorTexts: [] }],
      indicators: [],
      measures: ['加强基金监管'],
      raw: {},
    };
    const doc: ImportedDocument = { ...buildImportedDocument([]), layout: 'department-target', departmentTargets: [target] };
    const first = await saveImportedDocument(db, doc, { fileSha256: SHA, actor: 'importer' });
    expect(first.departmentTargets).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const same = await saveImportedDocument(db, doc, { fileSha256: SHA, actor: 'importer' });
    expect(same.departmentTargets).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const changed = await saveImportedDocument(
      db,
      { ...doc, departmentTargets: [{ ...target, measures: ['加强基金监管', '强化绩效管理'] }] },
      { fileSha256: SHA, actor: 'importer' },
    );
    expect(changed.departmentTargets).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const row = await db.selectFrom('department_targets').selectAll().where('name', '=', target.name).executeTakeFirstOrThrow();
    expect(row.version).toBe(2);
    expect(JSON.parse(row.document).funds.total).toBe(514_211_494);
  });
});
