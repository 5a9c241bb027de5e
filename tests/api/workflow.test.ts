import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './support/create-test-app';
import { makeProject } from './support/make-project';

let t: TestApp;
let preparer: Session, unitHead: Session, dept: Session, finance: Session, auditor: Session, admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  preparer = await t.login('preparer');
  unitHead = await t.login('unithead');
  dept = await t.login('deptreviewer');
  finance = await t.login('financereviewer');
  auditor = await t.login('auditor');
  admin = await t.login('admin');
});
afterAll(() => t.close());

const get = (s: Session, id: string) => t.request(s, { method: 'GET', url: `/api/projects/${id}` });
const move = (s: Session, id: string, body: Record<string, unknown>) =>
  t.request(s, { method: 'POST', url: `/api/projects/${id}/transitions`, payload: body });

describe('the full workflow', () => {
  it('draft → submit → start-review → return → resubmit → pass → pass → approved → frozen → request-adjustment', async () => {
    const created = await t.request(preparer, { method: 'POST', url: '/api/projects', payload: { project: makeProject('医保信息化运维') } });
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: string; version: number };
    let version = (created.json() as { version: number }).version;
    const step = async (s: Session, body: Record<string, unknown>, status: string) => {
      const res = await move(s, id, { version, ...body });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status });
      version = (res.json() as { version: number }).version;
    };

    // The preparer may edit but not submit, and certainly not approve.
    expect((await move(preparer, id, { version, action: 'submit' })).statusCode).toBe(403);
    await step(unitHead, { action: 'submit' }, 'submitted');
    expect((await t.request(dept, { method: 'GET', url: '/api/review-queue' })).json()).toMatchObject({ total: 1 });
    await step(dept, { action: 'start-review' }, 'dept_review');
    const noComment = await move(dept, id, { version, action: 'return' });
    expect(noComment.statusCode).toBe(400);
    expect((noComment.json() as { error: { message: string } }).error.message).toBe('退回修改必须填写审核意见');
    await step(dept, { action: 'return', comment: '满意度指标目标值偏低，请提高' }, 'returned');

    // Returned: editable like a draft, the comment is visible.
    const comments = (await t.request(preparer, { method: 'GET', url: `/api/projects/${id}/comments` })).json() as { text: string }[];
    expect(comments.map((c) => c.text)).toContain('满意度指标目标值偏低，请提高');
    const edited = await t.request(preparer, { method: 'PUT', url: `/api/projects/${id}`, payload: { version, project: makeProject('医保信息化运维', { goals: ['满意度≥95%'] }) } });
    expect(edited.statusCode, edited.body).toBe(200);
    version = (edited.json() as { version: number }).version;

    await step(unitHead, { action: 'submit' }, 'submitted');
    await step(dept, { action: 'start-review' }, 'dept_review');
    await step(dept, { action: 'pass', outcome: '修改后通过' }, 'finance_review');
    expect((await move(preparer, id, { version, action: 'pass' })).statusCode).toBe(403);
    await step(finance, { action: 'pass', outcome: '通过' }, 'approved');

    const frozen = await t.request(preparer, { method: 'PUT', url: `/api/projects/${id}`, payload: { version, project: makeProject('改名') } });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json()).toMatchObject({ error: { code: 'frozen' } });

    const noReason = await move(unitHead, id, { version, action: 'request-adjustment' });
    expect(noReason.statusCode).toBe(400);
    await step(unitHead, { action: 'request-adjustment', reason: '年中预算调减 10 万元' }, 'adjusting');
    const adjusted = await t.request(unitHead, { method: 'PUT', url: `/api/projects/${id}`, payload: { version, project: makeProject('医保信息化运维') } });
    expect(adjusted.statusCode).toBe(200);

    // Every transition is in the audit log, and the chain holds.
    const audit = (await t.request(auditor, { method: 'GET', url: `/api/audit?entity=project&entityId=${id}&limit=100` })).json() as { action: string; detail: { action?: string } }[];
    const actions = audit.filter((e) => e.action === 'project.transition').map((e) => e.detail.action).reverse();
    expect(actions).toEqual(['submit', 'start-review', 'return', 'submit', 'start-review', 'pass', 'pass', 'request-adjustment']);
    expect((await t.request(auditor, { method: 'GET', url: '/api/audit/verify' })).json()).toEqual({ ok: true, brokenAt: null });

    const versions = (await t.request(preparer, { method: 'GET', url: `/api/projects/${id}/versions` })).json() as { version: number; status: string }[];
    expect(versions.length).toBeGreaterThanOrEqual(11);
    const first = await t.request(preparer, { method: 'GET', url: `/api/projects/${id}/versions/1` });
    expect(first.json()).toMatchObject({ version: 1, status: 'draft', project: { name: '医保信息化运维' } });
  });

  it('an action the role has, from the wrong status, is 409 invalid-transition', async () => {
    const p = await t.addProject('A1');
    const res = await move(dept, p.id, { version: p.version, action: 'pass' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'invalid-transition' } });
  });

  it('reject ends at rejected (不通过)', async () => {
    const p = await t.addProject('A1', 'dept_review');
    const res = await move(dept, p.id, { version: p.version, action: 'reject', outcome: '不通过', comment: '与部门职能无关' });
    expect(res.json()).toMatchObject({ status: 'rejected' });
    const wrongOutcome = await t.addProject('A1', 'dept_review');
    expect((await move(dept, wrongOutcome.id, { version: wrongOutcome.version, action: 'reject', outcome: '通过' })).statusCode).toBe(400);
  });
});

describe('optimistic saves', () => {
  it('a stale save is 409 with the current version in details', async () => {
    const p = await t.addProject('A1');
    const ok = await t.request(preparer, { method: 'PUT', url: `/api/projects/${p.id}`, payload: { version: p.version, project: makeProject('第一次保存') } });
    expect(ok.json()).toEqual({ version: p.version + 1 });
    const stale = await t.request(unitHead, { method: 'PUT', url: `/api/projects/${p.id}`, payload: { version: p.version, project: makeProject('迟到的保存') } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'version-conflict', details: { current: { version: p.version + 1, project: { name: '第一次保存' }, updatedBy: 'preparer' } } },
    });
  });

  it('a save while under review is 409 not-editable', async () => {
    const p = await t.addProject('A1', 'submitted');
    const res = await t.request(preparer, { method: 'PUT', url: `/api/projects/${p.id}`, payload: { version: p.version, project: makeProject('x') } });
    expect(res.json()).toMatchObject({ error: { code: 'not-editable' } });
  });
});

describe('visibility and personal data', () => {
  it("another unit's project is 404, for reading and writing alike", async () => {
    const other = await t.addProject('B1');
    expect((await get(preparer, other.id)).statusCode).toBe(404);
    expect((await get(dept, other.id)).statusCode).toBe(404);
    expect((await get(admin, other.id)).statusCode).toBe(200);
    const list = (await t.request(preparer, { method: 'GET', url: '/api/projects?limit=500' })).json() as { rows: { id: string }[] };
    expect(list.rows.some((r) => r.id === other.id)).toBe(false);
  });

  it('shows 填报人 to the own unit and reviewers, never to the auditor', async () => {
    const p = await t.addProject('A1');
    expect((await get(preparer, p.id)).json()).toMatchObject({ project: { preparer: '张三', preparerPhone: '0971-1234567' } });
    expect((await get(dept, p.id)).json()).toMatchObject({ project: { preparer: '张三' } });
    const seen = (await get(auditor, p.id)).json() as { project: { preparer: null; preparerPhone: null; raw: Record<string, string> } };
    expect(seen.project).toMatchObject({ preparer: null, preparerPhone: null });
    expect(seen.project.raw.preparer).toBeUndefined();
    const version = (await t.request(auditor, { method: 'GET', url: `/api/projects/${p.id}/versions/1` })).json() as { project: { preparer: null } };
    expect(version.project.preparer).toBeNull();
  });

  it('lists with filters, search and the funds total (fen)', async () => {
    await t.addProject('A1', 'draft', makeProject('特殊检索名称甲', { funds: { total: 123_45, fiscal: 123_45, other: 0 } }));
    const res = (await t.request(preparer, { method: 'GET', url: `/api/projects?q=${encodeURIComponent('特殊检索')}&year=2024&status=draft` })).json() as {
      rows: { name: string }[];
      total: number;
      fundsTotal: number;
    };
    expect(res).toMatchObject({ total: 1, fundsTotal: 12345 });
    expect(res.rows[0]?.name).toBe('特殊检索名称甲');
    const unknown = await t.request(preparer, { method: 'GET', url: '/api/projects?colour=red' });
    expect(unknown.statusCode).toBe(400);
  });

  it('rejects unknown fields in a body', async () => {
    const res = await t.request(preparer, { method: 'POST', url: '/api/projects', payload: { project: { name: 'x' }, extra: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation' } });
    const nested = await t.request(preparer, { method: 'POST', url: '/api/projects', payload: { project: { name: 'x', hacked: true } } });
    expect(nested.statusCode).toBe(400);
  });
});

describe('review', () => {
  it('GET /api/projects/:id carries the review engine’s score, grade and findings', async () => {
    const p = await t.addProject('A1');
    const body = (await get(preparer, p.id)).json() as { review: { score: number; grade: string; findings: unknown[] } | null };
    expect(body.review).not.toBeNull();
    expect(typeof body.review?.score).toBe('number');
    expect(typeof body.review?.grade).toBe('string');
    expect(Array.isArray(body.review?.findings)).toBe(true);
  });
});
