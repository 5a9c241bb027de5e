import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parseDocument } from '@jixiao/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './support/create-test-app';
import { multipart } from './support/multipart';

const SAMPLE_004 = 'fixtures/samples/004_b5b5933a0db36905.txt';
const PLAN_2024 = [
  { month: 3, percent: 25 },
  { month: 6, percent: 50 },
  { month: 10, percent: 75 },
  { month: 12, percent: 100 },
];
const DEFAULTS = { executionYellowPoints: 10, executionRedPoints: 20, timeBasis: 'daily', indicatorBands: { red: 0.6, yellow: 0.8, blue: 1.2 } };
const DEPARTMENT = { ...DEFAULTS, executionYellowPoints: 3.5, executionRedPoints: 5 };
const UNIT = { ...DEFAULTS, executionYellowPoints: 2, executionRedPoints: 4 };

interface MonitoringJson {
  profile: { profile: typeof DEFAULTS; source: { unitId: string; unitName: string } | null };
  checkpoints: { month: number; light: string | null; execution: { light: string; planLight: string | null; behindPlan: number | null; behindTime: number } | null }[];
}
interface ProfileJson {
  unitName: string;
  version: number;
  own: typeof DEFAULTS | null;
  ownUpdatedBy: string | null;
  effective: { profile: typeof DEFAULTS; source: { unitId: string; unitName: string } | null };
  editable: boolean;
}

/**
 * 双监控 thresholds per unit over HTTP on sample 004 (17.20万元, plan 25/50/75/100 %, payments-004.csv): by the end
 * of March 3.6万 is paid, 20.93 % — 4.07 points behind the plan's 25 % and 3.93 behind 序时进度 91/366 — so the
 * light is green by the rules' defaults (10/20 points), yellow under a department profile of 3.5/5 and red under the
 * unit's own 2/4. Every checkpoint of 2024 has ended, so no light depends on the day the test runs.
 */
describe('monitoring thresholds per unit (GET/PUT /api/units/:id/monitoring-profile)', () => {
  let t: TestApp;
  let preparer: Session;
  let finance: Session;
  let admin: Session;
  let id = '';
  const monitoring = async (): Promise<MonitoringJson> => {
    const res = await t.request(preparer, { method: 'GET', url: `/api/projects/${id}/monitoring` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as MonitoringJson;
  };
  const march = (m: MonitoringJson) => m.checkpoints.find((c) => c.month === 3)!;
  const june = (m: MonitoringJson) => m.checkpoints.find((c) => c.month === 6)!;
  /** Every cell text of the March monitoring table (XLSX export). */
  const exportedMarch = async (): Promise<string[]> => {
    const res = await t.request(preparer, { method: 'GET', url: `/api/projects/${id}/monitoring/export?format=xlsx&month=3` });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const cells: string[] = [];
    wb.getWorksheet('绩效运行监控表')!.eachRow((r) => r.eachCell((c) => cells.push(String(c.value ?? ''))));
    return cells;
  };
  const put = (s: Session, unit: string, payload: Record<string, unknown>) => t.request(s, { method: 'PUT', url: `/api/units/${unit}/monitoring-profile`, payload });
  const profileOf = async (s: Session, unit: string): Promise<ProfileJson> => {
    const res = await t.request(s, { method: 'GET', url: `/api/units/${unit}/monitoring-profile` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ProfileJson;
  };

  beforeAll(async () => {
    t = await createTestApp();
    preparer = await t.login('preparer');
    finance = await t.login('financereviewer');
    admin = await t.login('admin');
    const doc = await parseDocument(readFileSync(SAMPLE_004), '004.txt');
    id = (await t.addProject('A1', 'approved', doc.projects[0]!)).id;
    const plan = await t.request(preparer, { method: 'PUT', url: `/api/projects/${id}/monitoring/plan`, payload: { version: 0, fiscalYear: 2024, checkpoints: PLAN_2024 } });
    expect(plan.statusCode, plan.body).toBe(200);
    const paid = await t.request(preparer, { method: 'POST', url: `/api/projects/${id}/monitoring/payments`, ...multipart('payments-004.csv', readFileSync('fixtures/monitoring/payments-004.csv')) });
    expect(paid.statusCode, paid.body).toBe(200);
  });
  afterAll(() => t.close());

  it('uses the rules’ defaults until a unit on the path has a profile', async () => {
    const m = await monitoring();
    expect(m.profile).toEqual({ profile: DEFAULTS, source: null });
    expect(march(m).execution).toMatchObject({ light: 'green', planLight: 'green' });
    expect(march(m).execution!.behindPlan).toBeCloseTo(4.0698, 3);
    expect(march(m).execution!.behindTime).toBeCloseTo(3.9332, 3);
    expect(june(m).light).toBe('yellow');
    expect(await exportedMarch()).toContain('绿灯（正常）');
    const p = await profileOf(finance, t.units.A);
    expect(p).toMatchObject({ unitName: '甲主管部门', version: 0, own: null, effective: { profile: DEFAULTS, source: null }, editable: true });
    expect((await profileOf(preparer, t.units.A1)).editable).toBe(false);
  });

  it('a preparer cannot change it; a finance reviewer cannot reach another department', async () => {
    const res = await put(preparer, t.units.A1, { version: 0, profile: UNIT });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect((await put(finance, t.units.B, { version: 0, profile: DEPARTMENT })).statusCode).toBe(404);
    expect((await monitoring()).profile.source).toBeNull();
  });

  it('refuses thresholds in the wrong order with a Chinese message', async () => {
    const res = await put(finance, t.units.A, { version: 0, profile: { ...DEFAULTS, executionYellowPoints: 20, executionRedPoints: 10 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('监控预警阈值有误：预算执行红灯阈值（落后 10 个百分点）应大于黄灯阈值（落后 20 个百分点）');
    const bands = await put(finance, t.units.A, { version: 0, profile: { ...DEFAULTS, indicatorBands: { red: 0.8, yellow: 0.7, blue: 1.2 } } });
    expect(bands.json().error.message).toBe('监控预警阈值有误：指标红灯界限（80%）应小于黄灯界限（70%）');
    expect((await profileOf(admin, t.units.A)).version).toBe(0);
  });

  it('a stricter department profile turns the unit’s March light from green to yellow, and June from yellow to red', async () => {
    const res = await put(finance, t.units.A, { version: 0, profile: DEPARTMENT });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 1, own: DEPARTMENT, ownUpdatedBy: 'financereviewer', effective: { source: { unitId: t.units.A, unitName: '甲主管部门' } } });
    const m = await monitoring();
    expect(m.profile).toEqual({ profile: DEPARTMENT, source: { unitId: t.units.A, unitName: '甲主管部门' } });
    // 4.07 and 3.93 points behind: beyond 3.5, within 5 → yellow.
    expect(march(m).execution).toMatchObject({ light: 'yellow', planLight: 'yellow' });
    expect(march(m).light).toBe('yellow');
    // June: 38.37 % against 50 % (11.63 behind) → red under 5 points.
    expect(june(m).light).toBe('red');
    const a1 = await profileOf(preparer, t.units.A1);
    expect(a1).toMatchObject({ own: null, version: 0, effective: { profile: DEPARTMENT, source: { unitName: '甲主管部门' } } });
  });

  it('answers 409 on a stale save and changes nothing', async () => {
    const stale = await put(admin, t.units.A, { version: 0, profile: DEFAULTS });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version-conflict', details: { expectedVersion: 0, currentVersion: 1 } });
    expect((await profileOf(admin, t.units.A)).own).toEqual(DEPARTMENT);
  });

  it('the unit’s own profile wins over the department’s, in the project view, the overview and the export', async () => {
    const res = await put(admin, t.units.A1, { version: 0, profile: UNIT });
    expect(res.statusCode, res.body).toBe(200);
    const m = await monitoring();
    expect(m.profile.source?.unitName).toBe('甲预算单位');
    // 4.07 behind the plan > 4 → red; 3.93 behind 序时进度 ≤ 4 → yellow; the worse counts.
    expect(march(m).execution).toMatchObject({ light: 'yellow', planLight: 'red' });
    expect(march(m).light).toBe('red');
    const cells = await exportedMarch();
    expect(cells).toContain('红灯（严重偏差）');
    expect(cells).not.toContain('绿灯（正常）');
    const overview = await t.request(finance, { method: 'GET', url: '/api/monitoring/overview' });
    expect(overview.statusCode, overview.body).toBe(200);
    expect((overview.json() as { rows: { id: string; lights: Record<string, string | null> }[] }).rows.find((r) => r.id === id)?.lights).toEqual({ 3: 'red', 6: 'red', 10: 'red', 12: 'red' });

    // Removing the unit's own profile falls back to the department's.
    const removed = await put(admin, t.units.A1, { version: 1, profile: null });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({ version: 0, own: null, effective: { source: { unitName: '甲主管部门' } } });
    expect(march(await monitoring()).light).toBe('yellow');
  });

  it('every change is in the audit log', async () => {
    const res = await t.request(admin, { method: 'GET', url: '/api/audit?limit=50' });
    const entries = (res.json() as { action: string; actor: string; entityId: string | null }[]).filter((e) => e.action.startsWith('monitoring.profile'));
    expect(entries.map((e) => [e.action, e.actor, e.entityId]).reverse()).toEqual([
      ['monitoring.profile.save', 'financereviewer', t.units.A],
      ['monitoring.profile.save', 'admin', t.units.A1],
      ['monitoring.profile.remove', 'admin', t.units.A1],
    ]);
  });
});
