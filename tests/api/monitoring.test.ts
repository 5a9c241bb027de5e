import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseDocument } from '@jixiao/app';
import { insertExecutionEntries, saveCheckpoint, saveMonitoringPlan } from '@jixiao/storage';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../support/requirements';
import { createTestApp, type Session, type TestApp } from './support/create-test-app';
import { multipart } from './support/multipart';

const SAMPLE_004 = 'fixtures/samples/004_b5b5933a0db36905.txt';
const PLAN_2024 = [
  { month: 3, percent: 25 },
  { month: 6, percent: 50 },
  { month: 10, percent: 75 },
  { month: 12, percent: 100 },
];

interface MonitoringJson {
  budget: number | null;
  executed: number;
  plan: { month: number; percent: number }[];
  planSource: string;
  planVersion: number;
  year: number;
  adjustmentRequested: boolean;
  entries: { id: string; paidOn: string; amount: number; source: string }[];
  checkpoints: {
    month: number;
    state: string;
    version: number;
    light: string | null;
    executed: number;
    execution: { light: string; planLight: string | null; rate: number; behindPlan: number | null } | null;
    executionDeviation: { cause: string; measure: string; adjustTarget: boolean } | null;
    indicators: { name: string; progress: { light: string; forecast: number | null } | null }[];
  }[];
}

/**
 * 双监控 over HTTP on sample 004 (劳务派遣人员经费, 17.20万元, plan 3/6/10/12月 25/50/75/100%): plan versions, typed-in
 * and imported payments, the lights they produce, deviation records for red items, and the monitoring table export.
 * Every checkpoint of 2024 has ended, so no light depends on the day the test runs.
 */
describe('monitoring API (双监控)', () => {
  let t: TestApp;
  let preparer: Session;
  let head: Session;
  let id = '';
  const get = async (): Promise<MonitoringJson> => {
    const res = await t.request(preparer, { method: 'GET', url: `/api/projects/${id}/monitoring` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as MonitoringJson;
  };
  const checkpoint = (m: MonitoringJson, month: number) => m.checkpoints.find((c) => c.month === month)!;

  beforeAll(async () => {
    t = await createTestApp();
    preparer = await t.login('preparer');
    head = await t.login('unithead');
    const doc = await parseDocument(readFileSync(SAMPLE_004), '004.txt');
    id = (await t.addProject('A1', 'approved', doc.projects[0]!)).id;
  });
  afterAll(() => t.close());

  it('starts from the declared plan, saves a monitoring plan with versions and answers 409 on a stale save', async () => {
    const before = await get();
    expect(before).toMatchObject({ budget: 17_200_000, executed: 0, planSource: 'declared', planVersion: 0 });
    expect(before.plan).toEqual(PLAN_2024);
    const bad = await t.request(preparer, { method: 'PUT', url: `/api/projects/${id}/monitoring/plan`, payload: { version: 0, fiscalYear: 2024, checkpoints: [{ month: 3, percent: 40 }, { month: 6, percent: 30 }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('资金支出计划有误：6月底的累计比例 30% 低于3月底的 40%');
    const saved = await t.request(preparer, { method: 'PUT', url: `/api/projects/${id}/monitoring/plan`, payload: { version: 0, fiscalYear: 2024, checkpoints: PLAN_2024 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ version: 1, fiscalYear: 2024, checkpoints: PLAN_2024 });
    const stale = await t.request(head, { method: 'PUT', url: `/api/projects/${id}/monitoring/plan`, payload: { version: 0, fiscalYear: 2024, checkpoints: [{ month: 12, percent: 100 }] } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version-conflict', details: { expectedVersion: 0, currentVersion: 1 } });
    const after = await get();
    expect(after).toMatchObject({ planSource: 'monitoring', planVersion: 1, year: 2024 });
    expect(after.plan).toEqual(PLAN_2024);
  });

  it('refuses a payments file with a bad row, reporting line, cell and text, and writes nothing', async () => {
    const res = await t.request(preparer, { method: 'POST', url: `/api/projects/${id}/monitoring/payments`, ...multipart('payments-004-broken.csv', readFileSync('fixtures/monitoring/payments-004-broken.csv')) });
    expect(res.statusCode).toBe(400);
    const error = res.json().error as { code: string; message: string; details: { issues: { row: number; cell: string; text: string; message: string }[] } };
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/^支付明细有 2 处无法识别，未导入任何记录/);
    expect(error.details.issues.map((i) => [i.row, i.cell, i.text])).toEqual([
      [3, 'C3', '12000.5x'],
      [5, 'A5', '2024-02-30'],
    ]);
    expect(error.details.issues[0]!.message).toBe('第3行（C3）：金额“12000.5x”不是精确到分的元数');
    expect((await get()).entries).toEqual([]);
  });

  it('imports the good file, adds and deletes a typed-in entry, and lights the checkpoints', async () => {
    const preview = await t.request(preparer, { method: 'POST', url: `/api/projects/${id}/monitoring/payments?preview=true`, ...multipart('payments-004.csv', readFileSync('fixtures/monitoring/payments-004.csv')) });
    expect(preview.json()).toMatchObject({ imported: 0, total: 6_600_050, issues: [] });
    expect((await get()).entries).toEqual([]);
    const res = await t.request(preparer, { method: 'POST', url: `/api/projects/${id}/monitoring/payments`, ...multipart('payments-004.csv', readFileSync('fixtures/monitoring/payments-004.csv')) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: 6, total: 6_600_050, skipped: [{ row: 8, reason: '合计行，不作为支付记录导入' }] });

    const added = await t.request(head, { method: 'POST', url: `/api/projects/${id}/monitoring/entries`, payload: { paidOn: '2024-07-10', amountYuan: '1,000.01', note: '7月补发' } });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ paidOn: '2024-07-10', amount: 100_001, note: '7月补发', source: 'manual' });
    const badAmount = await t.request(head, { method: 'POST', url: `/api/projects/${id}/monitoring/entries`, payload: { paidOn: '2024-07-10', amountYuan: '1.005' } });
    expect(badAmount.statusCode).toBe(400);
    expect(badAmount.json().error.message).toBe('金额“1.005”不是精确到分的非零元数');
    expect((await get()).executed).toBe(6_700_051);
    const entryId = (added.json() as { id: string }).id;
    const del = await t.request(head, { method: 'DELETE', url: `/api/projects/${id}/monitoring/entries/${entryId}` });
    expect(del.statusCode).toBe(204);
    const again = await t.request(head, { method: 'DELETE', url: `/api/projects/${id}/monitoring/entries/${entryId}` });
    expect(again.statusCode).toBe(404);

    const m = await get();
    expect(m.executed).toBe(6_600_050);
    expect(m.entries).toHaveLength(6);
    // 3月: 3.6万 of 17.2万 = 20.93 % against plan 25 % (4.07 points behind) → green.
    expect(checkpoint(m, 3)).toMatchObject({ state: 'open', executed: 3_600_000, light: 'green' });
    // 6月: 38.37 % against 50 % (11.63 behind) → yellow; 10月: against 75 % (36.63 behind) → red.
    expect(checkpoint(m, 6)).toMatchObject({ executed: 6_600_050, light: 'yellow' });
    expect(checkpoint(m, 10).execution).toMatchObject({ light: 'red', planLight: 'red' });
    expect(checkpoint(m, 10).execution!.behindPlan).toBeCloseTo(36.6276, 3);
    expect(checkpoint(m, 10).light).toBe('red');
  });

  it('requires a cause, a measure and a decision for every red item before saving a checkpoint; 409 when stale', async () => {
    const url = `/api/projects/${id}/monitoring/checkpoints/10`;
    const items = [{ indicatorIndex: 0, progressText: '50%' }, { indicatorIndex: 7, progressText: '95%' }];
    const none = await t.request(preparer, { method: 'PUT', url, payload: { version: 0, items } });
    expect(none.statusCode).toBe(400);
    // 发放工资保险 ≥100% at October: s = 100·10/12 = 83.33, a/s = 0.6 → yellow; 预算执行 is red.
    expect(none.json().error.message).toBe('“预算执行”为红灯，须填写偏差原因、纠偏措施及是否调整目标');
    const noMeasure = await t.request(preparer, { method: 'PUT', url, payload: { version: 0, items, execution: { cause: '经费保障', measure: '  ', adjustTarget: false } } });
    expect(noMeasure.statusCode).toBe(400);
    expect(noMeasure.json().error.message).toBe('“预算执行”须填写纠偏措施');
    const badCause = await t.request(preparer, { method: 'PUT', url, payload: { version: 0, items, execution: { cause: '天气原因', measure: '加快', adjustTarget: false } } });
    expect(badCause.statusCode).toBe(400);
    const redIndicator = [{ indicatorIndex: 0, progressText: '40%' }, items[1]!];
    const missing = await t.request(preparer, { method: 'PUT', url, payload: { version: 0, items: redIndicator, execution: { cause: '经费保障', measure: '加快支付进度', adjustTarget: false } } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toBe('“发放工资保险”为红灯，须填写偏差原因、纠偏措施及是否调整目标');
    expect(checkpoint(await get(), 10)).toMatchObject({ state: 'open', version: 0 });

    const payload = {
      version: 0,
      execution: { cause: '经费保障', measure: '加快支付进度，11月前补付', adjustTarget: false },
      items: [{ indicatorIndex: 0, progressText: '40%', deviation: { cause: '人员保障', measure: '补充派遣人员', adjustTarget: true } }, items[1]!],
    };
    const ok = await t.request(preparer, { method: 'PUT', url, payload });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ month: 10, version: 1 });
    const stale = await t.request(head, { method: 'PUT', url, payload });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toMatchObject({ expectedVersion: 0, currentVersion: 1 });

    const m = await get();
    const oct = checkpoint(m, 10);
    expect(oct).toMatchObject({ state: 'recorded', version: 1, light: 'red', executionDeviation: { cause: '经费保障', adjustTarget: false } });
    expect(oct.indicators[0]!.progress).toMatchObject({ light: 'red', forecast: 48 });
    expect(oct.indicators[7]!.progress!.light).toBe('green');
    expect(m.adjustmentRequested).toBe(true);
    const forbidden = await t.request(await t.login('deptreviewer'), { method: 'PUT', url: `/api/projects/${id}/monitoring/checkpoints/3`, payload: { version: 0, items: [] } });
    expect(forbidden.statusCode).toBe(403);
  });

  it('exports the monitoring table as XLSX, and refuses a month that is no checkpoint', async () => {
    const xlsx = await t.request(preparer, { method: 'GET', url: `/api/projects/${id}/monitoring/export?format=xlsx&month=10` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(xlsx.headers['content-disposition']))).toContain('劳务派遣人员经费-绩效运行监控表-10月.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('绩效运行监控表')!;
    const cells: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => cells.push(String(c.value ?? ''))));
    expect(cells).toEqual(expect.arrayContaining(['项目支出绩效运行监控表', '红灯（严重偏差）', '1-10月执行情况', '发放工资保险', '40%', '人员保障', '补充派遣人员（建议调整目标）']));
    const noMonth = await t.request(preparer, { method: 'GET', url: `/api/projects/${id}/monitoring/export?format=xlsx&month=5` });
    expect(noMonth.statusCode).toBe(400);
    expect(noMonth.json().error.message).toBe('5月不是该项目的监控节点');
  });

  it.skipIf(!chromiumPath)('exports the monitoring table as PDF through Chromium', async () => {
    const pdf = await t.request(preparer, { method: 'GET', url: `/api/projects/${id}/monitoring/export?format=pdf&month=10` });
    expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-monitoring-pdf-'));
    try {
      const file = join(dir, 'm.pdf');
      writeFileSync(file, pdf.rawPayload);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
      expect(text).toContain('项目支出绩效运行监控表');
      expect(text).toContain('劳务派遣人员经费');
      expect(text).toContain('发放工资保险');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('monitoring overview (no N+1)', () => {
  let queries = 0;
  const counter: KyselyPlugin = {
    transformQuery(args) {
      queries++;
      return args.node;
    },
    async transformResult(args) {
      return args.result;
    },
  };
  let t: TestApp;
  let s: Session;
  beforeAll(async () => {
    t = await createTestApp({}, (db) => db.withPlugin(counter));
    s = await t.login('auditor');
  });
  afterAll(() => t.close());

  const addMonitoredProjects = async (n: number) => {
    const doc = await parseDocument(readFileSync(SAMPLE_004), '004.txt');
    const db = t.database.db;
    for (let i = 0; i < n; i++) {
      const { id } = await t.addProject('A1', 'approved', { ...doc.projects[0]!, name: `劳务派遣人员经费${i}`, fiscalYear: 2024 });
      await saveMonitoringPlan(db, id, { fiscalYear: 2024, checkpoints: PLAN_2024 }, 0, 'fixture');
      await insertExecutionEntries(db, id, [{ paidOn: '2024-02-20', amount: 1_200_000, note: '工资' }, { paidOn: '2024-05-20', amount: 1_200_000 + i, note: '工资' }], { source: 'import', actor: 'fixture' });
      await saveCheckpoint(db, id, 3, { execution: null, items: [{ indicatorIndex: 0, indicatorName: '发放工资保险', progressText: '25%', forecastText: null, deviation: null }] }, 0, 'fixture');
    }
  };
  const count = async () => {
    queries = 0;
    const res = await t.request(s, { method: 'GET', url: '/api/monitoring/overview?fiscalYear=2024' });
    expect(res.statusCode, res.body).toBe(200);
    return { queries, body: res.json() as { rows: { executed: number; lights: Record<string, string | null> }[] } };
  };

  it('costs the same number of SQL queries for 2 projects and for 20', async () => {
    await addMonitoredProjects(2);
    const few = await count();
    expect(few.body.rows).toHaveLength(2);
    await addMonitoredProjects(18);
    const many = await count();
    expect(many.body.rows).toHaveLength(20);
    expect(many.queries).toBe(few.queries);
    // 2.4万 of 17.2万 by June = 13.95 % against 50 %: red; 1.2万 by March = 6.98 % against 25 %: 18.02 behind, yellow.
    expect(many.body.rows[0]!.lights).toEqual({ 3: 'yellow', 6: 'red', 10: 'red', 12: 'red' });
  });
});
