import { readFileSync } from 'node:fs';
import { emptyDepartmentBudget, formatYuan, type DepartmentBudget } from '@jixiao/core';
import { getDisclosureVersion, listAuditEntries, verifyAuditChain } from '@jixiao/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './support/create-test-app';
import { multipart } from './support/multipart';

const SAMPLE_001 = 'fixtures/samples/001_decf76686d2239b2.txt';
const SMALL_DEPARTMENT = 'fixtures/disclosure/small-department.json';

interface Workspace {
  disclosure: { id: string; version: number; status: string; publishedVersion: number | null; fiscalYear: number; template: string };
  budget: DepartmentBudget;
  view: { generated: { tables: { id: string; title: string }[] } | null; findings: { rule: string; severity: string; message: string; tables: string[] }[]; errorCount: number };
  canEdit: boolean;
  canPublish: boolean;
}

/** A budget with a line of a unit the budget does not have and a change without a reason. */
function brokenBudget(year: number): DepartmentBudget {
  const empty = emptyDepartmentBudget('甲主管部门', year);
  return {
    ...empty,
    units: [{ code: '901001', name: '甲主管部门本级', kind: 'administrative', change: '无' }],
    lines: [
      { id: 'a', unitCode: '999999', source: 'generalBudget', functionCode: '2101501', deptEconomicCode: '30101', govEconomicCode: null, kind: 'personnel', projectName: null, amount: 120_000_00, priorAmount: 100_000_00, changeReason: null },
    ],
  };
}

describe('disclosure API (部门预算公开)', () => {
  let t: TestApp;
  let reviewer: Session;
  let preparer: Session;
  let finance: Session;
  beforeAll(async () => {
    t = await createTestApp();
    reviewer = await t.login('deptreviewer');
    preparer = await t.login('preparer');
    finance = await t.login('financereviewer');
  });
  afterAll(() => t.close());

  const create = async (year: number, unit = t.units.A): Promise<Workspace> => {
    const res = await t.request(reviewer, { method: 'POST', url: '/api/disclosures', payload: { unitId: unit, fiscalYear: year, template: 'shaanxi-16' } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Workspace;
  };

  it('creates one disclosure per department and year, only for a department unit', async () => {
    const w = await create(2011);
    expect(w.disclosure).toMatchObject({ version: 1, status: 'draft', fiscalYear: 2011, template: 'shaanxi-16', publishedVersion: null });
    expect(w.budget.department.name).toBe('甲主管部门');
    expect(w.budget.lines).toEqual([]);
    const again = await t.request(reviewer, { method: 'POST', url: '/api/disclosures', payload: { unitId: t.units.A, fiscalYear: 2011 } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/已经建立/);
    const notDept = await t.request(reviewer, { method: 'POST', url: '/api/disclosures', payload: { unitId: t.units.A1, fiscalYear: 2011 } });
    expect(notDept.statusCode).toBe(400);
    expect(notDept.json().error.message).toMatch(/不是主管部门/);
    const list = (await t.request(finance, { method: 'GET', url: '/api/disclosures' })).json() as { departments: { name: string }[]; disclosures: { fiscalYear: number }[] };
    expect(list.departments.map((d) => d.name)).toEqual(['甲主管部门']);
    expect(list.disclosures.map((d) => d.fiscalYear)).toEqual([2011]);
    const forPreparer = (await t.request(preparer, { method: 'GET', url: '/api/disclosures' })).json() as { departments: unknown[]; disclosures: unknown[] };
    expect(forPreparer).toEqual({ departments: [], disclosures: [] });
  });

  it('refuses a budget whose year differs from the disclosure, and a malformed line', async () => {
    const w = await create(2012);
    const wrongYear = await t.request(reviewer, { method: 'PUT', url: `/api/disclosures/${w.disclosure.id}`, payload: { version: 1, template: 'shaanxi-16', budget: brokenBudget(2010) } });
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.json().error.message).toMatch(/预算年度（2010）与公开年度（2012）不一致/);
    const bad = brokenBudget(2012);
    const badCode = await t.request(reviewer, { method: 'PUT', url: `/api/disclosures/${w.disclosure.id}`, payload: { version: 1, template: 'shaanxi-16', budget: { ...bad, lines: [{ ...bad.lines[0]!, functionCode: '21015' }] } } });
    expect(badCode.statusCode).toBe(400);
    expect((await t.request(reviewer, { method: 'GET', url: `/api/disclosures/${w.disclosure.id}` })).json().disclosure.version).toBe(1);
  });

  it('saves new versions, answers 409 with the current budget on a stale save, and refuses to publish while errors remain', async () => {
    const w = await create(2013);
    const id = w.disclosure.id;
    const saved = await t.request(reviewer, { method: 'PUT', url: `/api/disclosures/${id}`, payload: { version: 1, template: 'shaanxi-16', budget: brokenBudget(2013) } });
    expect(saved.statusCode, saved.body).toBe(200);
    const ws = saved.json() as Workspace;
    expect(ws.disclosure.version).toBe(2);
    expect(ws.view.errorCount).toBeGreaterThan(0);
    expect(ws.canPublish).toBe(false);

    const stale = await t.request(reviewer, { method: 'PUT', url: `/api/disclosures/${id}`, payload: { version: 1, template: 'shaanxi-16', budget: emptyDepartmentBudget('甲主管部门', 2013) } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version-conflict');
    expect(stale.json().error.details.current).toMatchObject({ version: 2, updatedBy: 'deptreviewer' });
    expect(stale.json().error.details.current.budget.lines).toHaveLength(1);
    const kept = (await t.request(reviewer, { method: 'GET', url: `/api/disclosures/${id}` })).json() as Workspace;
    expect(kept.disclosure.version).toBe(2);
    expect(kept.budget.lines.map((l) => l.amount)).toEqual([120_000_00]);

    const refused = await t.request(reviewer, { method: 'POST', url: `/api/disclosures/${id}/publish`, payload: { version: 2 } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain(`公开前检查还有 ${ws.view.errorCount} 个错误未改正，不能公开`);
    expect(refused.json().error.details.errorCount).toBe(ws.view.errorCount);
    const after = (await t.request(reviewer, { method: 'GET', url: `/api/disclosures/${id}` })).json() as Workspace;
    expect(after.disclosure).toMatchObject({ status: 'draft', publishedVersion: null });

    const preview = await t.request(finance, { method: 'POST', url: `/api/disclosures/${id}/preview`, payload: { template: 'core-8', budget: brokenBudget(2013) } });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().errorCount).toBe(ws.view.errorCount);
    const financeSave = await t.request(finance, { method: 'PUT', url: `/api/disclosures/${id}`, payload: { version: 2, template: 'shaanxi-16', budget: brokenBudget(2013) } });
    expect(financeSave.statusCode).toBe(403);

    const entries = await listAuditEntries(t.database.db, { entity: 'disclosure', entityId: id, limit: 10 });
    expect(entries.map((e) => e.action).reverse()).toEqual(['disclosure.create', 'disclosure.update']);
  });

  it('an import of a file without a disclosure is refused and writes nothing', async () => {
    const w = await create(2014);
    const res = await t.request(reviewer, { method: 'POST', url: `/api/disclosures/${w.disclosure.id}/import?version=1`, ...multipart('notice.txt', Buffer.from('关于召开会议的通知\n请按时参加。\n')) });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toMatch(/没有找到部门预算公开的报表/);
    const versions = (await t.request(reviewer, { method: 'GET', url: `/api/disclosures/${w.disclosure.id}/versions` })).json() as unknown[];
    expect(versions).toHaveLength(1);
  });

  it('an import of a broken disclosure (表5 header garbled) is refused with the line and writes nothing', async () => {
    const w = await create(2015);
    const id = w.disclosure.id;
    const saved = (await t.request(reviewer, { method: 'PUT', url: `/api/disclosures/${id}`, payload: { version: 1, template: 'shaanxi-16', budget: brokenBudget(2015) } })).json() as Workspace;
    const text = readFileSync(SAMPLE_001, 'utf8');
    const header = '功能科目编码\t功能科目名称\t合计\t人员经费支出\t公用经费支出\t专项业务经费支出\t备注';
    expect(text).toContain(header);
    const broken = text.replace(header, '编码??\t名称??\t#\t#\t#');
    const res = await t.request(reviewer, { method: 'POST', url: `/api/disclosures/${id}/import?version=2`, ...multipart('001-broken.txt', Buffer.from(broken)) });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('import-failed');
    expect(res.json().error.message).toContain('第 434 行：表5《部门综合预算一般公共预算支出明细表（按支出功能分类科目）》的表头无法识别');
    expect(res.json().error.message).toContain('原预算未改变');
    const after = (await t.request(reviewer, { method: 'GET', url: `/api/disclosures/${id}` })).json() as Workspace;
    expect(after.disclosure.version).toBe(saved.disclosure.version);
    expect(after.budget).toEqual(saved.budget);
    const entries = await listAuditEntries(t.database.db, { entity: 'disclosure', entityId: id, limit: 10 });
    expect(entries.map((e) => e.action).reverse()).toEqual(['disclosure.create', 'disclosure.update']);
  }, 60_000);

  it("imports last year's published disclosure (001, 2024) as the 2025 starting point", async () => {
    const own = await create(2025);
    const res = await t.request(reviewer, { method: 'POST', url: `/api/disclosures/${own.disclosure.id}/import?version=1`, ...multipart('001.txt', readFileSync(SAMPLE_001)) });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { workspace: Workspace; lineCount: number; issues: { code: string; message: string }[] };
    expect(body.workspace.disclosure.version).toBe(2);
    expect(body.workspace.budget.fiscalYear).toBe(2025);
    expect(body.lineCount).toBe(body.workspace.budget.lines.length);
    expect(body.lineCount).toBeGreaterThan(0);
    // Every line starts from its 2024 amount, recorded as the prior-year amount.
    expect(body.workspace.budget.lines.every((l) => l.priorAmount === l.amount && l.changeReason === null)).toBe(true);
    expect(body.issues[0]).toMatchObject({ code: 'prior-year' });
    expect(body.workspace.budget.department.name).toMatch(/医疗保障局/);
    // The target tables (表14-1…5, 表15) come along: 表10's total equals 表14's as in the file; what
    // remains is 001's own inconsistency — one target is named differently from its 表10 project.
    expect(body.workspace.budget.projectTargets.length).toBe(5);
    expect(body.workspace.budget.departmentTarget).not.toBeNull();
    expect(body.workspace.view.findings.filter((f) => f.rule === 'project-targets' && f.severity === 'error').map((f) => f.message)).toEqual([
      '绩效目标“医疗保险经办中心经费”没有对应的专项业务经费预算行',
    ]);
    expect((await t.request(reviewer, { method: 'GET', url: `/api/disclosures/${own.disclosure.id}` })).json().view.messages).toEqual([
      '没有 2025 年的政府收支分类科目目录，按 2024 年的科目目录生成和检查，请在 2025 年目录发布后核对科目',
    ]);
    const entries = await listAuditEntries(t.database.db, { entity: 'disclosure', entityId: own.disclosure.id, limit: 10 });
    expect(entries[0]).toMatchObject({ action: 'disclosure.update' });
    expect(JSON.stringify(entries[0])).toContain('001.txt');
  }, 60_000);

  it('publishes a clean budget (fixtures/disclosure/small-department.json) as a frozen version; an edit afterwards makes a new draft', async () => {
    const budget = JSON.parse(readFileSync(SMALL_DEPARTMENT, 'utf8')) as DepartmentBudget;
    const w = await create(budget.fiscalYear);
    const id = w.disclosure.id;
    const saved = (await t.request(reviewer, { method: 'PUT', url: `/api/disclosures/${id}`, payload: { version: 1, template: 'shaanxi-16', budget } })).json() as Workspace;
    expect(saved.view.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(saved.canPublish).toBe(true);
    expect(saved.view.generated?.tables.map((x) => x.id).slice(0, 3)).toEqual(['表1', '表2', '表3']);
    const published = await t.request(reviewer, { method: 'POST', url: `/api/disclosures/${id}/publish`, payload: { version: 2 } });
    expect(published.statusCode, published.body).toBe(200);
    expect((published.json() as Workspace).disclosure).toMatchObject({ status: 'published', version: 2, publishedVersion: 2 });
    const html = await t.request(finance, { method: 'GET', url: `/api/disclosures/${id}/export?format=html` });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.headers['content-disposition']).toBe('inline');
    expect(html.body).toContain('部门综合预算收支总表');
    expect(html.body).toContain(formatYuan(budget.lines.reduce((sum, l) => sum + l.amount, 0)));
    const twice = await t.request(reviewer, { method: 'POST', url: `/api/disclosures/${id}/publish`, payload: { version: 2 } });
    expect(twice.statusCode).toBe(409);

    const edited = { ...budget, lines: budget.lines.map((l, i) => (i === 0 ? { ...l, amount: l.amount + 100 } : l)) };
    const draft = (await t.request(reviewer, { method: 'PUT', url: `/api/disclosures/${id}`, payload: { version: 2, template: 'shaanxi-16', budget: edited } })).json() as Workspace;
    expect(draft.disclosure).toMatchObject({ status: 'draft', version: 3, publishedVersion: 2 });
    const frozen = await getDisclosureVersion(t.database.db, id, 2);
    expect(frozen).toMatchObject({ status: 'published', publishedBy: 'deptreviewer' });
    expect((frozen!.document as DepartmentBudget).lines[0]!.amount).toBe(budget.lines[0]!.amount);
    const versions = (await t.request(finance, { method: 'GET', url: `/api/disclosures/${id}/versions` })).json() as { version: number; status: string }[];
    expect(versions.map((v) => [v.version, v.status])).toEqual([[3, 'draft'], [2, 'published'], [1, 'draft']]);
    const entries = await listAuditEntries(t.database.db, { entity: 'disclosure', entityId: id, limit: 10 });
    expect(entries.map((e) => e.action).reverse()).toEqual(['disclosure.create', 'disclosure.update', 'disclosure.publish', 'disclosure.update']);
  }, 60_000);

  it('keeps the audit chain intact', async () => {
    expect(await verifyAuditChain(t.database.db)).toBeNull();
    expect(await getDisclosureVersion(t.database.db, 'missing', 1)).toBeNull();
  });
});
