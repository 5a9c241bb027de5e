import ExcelJS from 'exceljs';
import {
  addExecutionEntry,
  exportMonitoringTable,
  getMonitoringOverview,
  getProjectMonitoring,
  importPayments,
  isDomainError,
  removeExecutionEntry,
  saveCheckpointProgress,
  saveMonitoringPlan,
} from '@jixiao/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMonitoringFixture, readMonitoringFixture, type MonitoringFixture } from './support/monitoring-fixture';

const TODAY = '2024-07-15';
let f: MonitoringFixture;
beforeAll(async () => {
  f = await openMonitoringFixture();
});
afterAll(() => f.close());

async function auditCount(): Promise<number> {
  const r = await f.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

async function newProjectWithPlan(): Promise<string> {
  const id = await f.addSampleProject();
  await saveMonitoringPlan(f.database.db, f.actor('preparer'), id, { version: 0, fiscalYear: 2024, checkpoints: f.project.spendingPlan });
  return id;
}

describe('payments import (CSV and XLSX)', () => {
  it('imports the CSV fixture exactly in fen, skipping the 合计 line', async () => {
    const id = await newProjectWithPlan();
    const r = await importPayments(f.database.db, f.actor('preparer'), id, { bytes: readMonitoringFixture('payments-004.csv'), fileName: 'payments-004.csv' }, { today: TODAY });
    expect(r.issues).toEqual([]);
    expect(r.imported).toBe(6);
    expect(r.total).toBe(6_600_050);
    expect(r.entries.map((e) => e.paidOn)).toEqual(['2024-01-20', '2024-02-20', '2024-03-20', '2024-04-19', '2024-05-20', '2024-06-20']);
    expect(r.entries[2]!.note).toBe('3月工资,保险');
    expect(r.skipped).toEqual([{ row: 8, reason: '合计行，不作为支付记录导入' }]);
    const m = await getProjectMonitoring(f.database.db, f.actor('auditor', null), id, TODAY);
    expect(m.entries.every((e) => e.source === 'import' && e.importFile === 'payments-004.csv')).toBe(true);
  });

  it('imports the XLSX fixture (real dates, formatted numbers) to the same total', async () => {
    const id = await newProjectWithPlan();
    const r = await importPayments(f.database.db, f.actor('unit_head'), id, { bytes: readMonitoringFixture('payments-004.xlsx'), fileName: 'payments-004.xlsx' }, { today: TODAY });
    expect(r.issues).toEqual([]);
    expect(r.total).toBe(6_600_050);
    expect(r.entries.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(r.entries[2]!.note).toBe('=3月工资');
  });

  it('reports every unplaceable CSV row by row and cell, in Chinese, and writes nothing', async () => {
    const id = await newProjectWithPlan();
    const file = { bytes: readMonitoringFixture('payments-004-broken.csv'), fileName: 'payments-004-broken.csv' };
    const preview = await importPayments(f.database.db, f.actor('preparer'), id, file, { preview: true, today: TODAY });
    expect(preview.issues.map((i) => [i.row, i.cell, i.text])).toEqual([
      [3, 'C3', '12000.5x'],
      [5, 'A5', '2024-02-30'],
    ]);
    expect(preview.issues[0]!.message).toBe('第3行（C3）：金额“12000.5x”不是精确到分的元数');
    expect(preview.issues[1]!.message).toBe('第5行（A5）：日期“2024-02-30”无法识别，应写作 2024-03-15 或 2024年3月15日');
    const before = await auditCount();
    const err = await importPayments(f.database.db, f.actor('preparer'), id, file, { today: TODAY }).catch((e: unknown) => e);
    expect(isDomainError(err, 'validation')).toBe(true);
    expect((err as Error).message).toContain('未导入任何记录');
    expect(((err as { params: { issues: unknown[] } }).params.issues)).toHaveLength(2);
    expect((await getProjectMonitoring(f.database.db, f.actor('preparer'), id, TODAY)).entries).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it('reports the broken XLSX rows with sheet cell references', async () => {
    const id = await newProjectWithPlan();
    const r = await importPayments(f.database.db, f.actor('preparer'), id, { bytes: readMonitoringFixture('payments-004-broken.xlsx'), fileName: 'payments-004-broken.xlsx' }, { preview: true, today: TODAY });
    expect(r.issues.map((i) => [i.row, i.cell, i.text])).toEqual([
      [4, '支付明细!A4', '2024-13-01'],
      [5, '支付明细!B5', '一万二'],
    ]);
    expect(r.entries).toHaveLength(1);
  });

  it('refuses payments outside the monitoring year', async () => {
    const id = await f.addSampleProject();
    await saveMonitoringPlan(f.database.db, f.actor('preparer'), id, { version: 0, fiscalYear: 2025, checkpoints: f.project.spendingPlan });
    const r = await importPayments(f.database.db, f.actor('preparer'), id, { bytes: readMonitoringFixture('payments-004.csv'), fileName: 'p.csv' }, { preview: true, today: TODAY });
    expect(r.issues).toHaveLength(6);
    expect(r.issues[0]!.message).toBe('第2行（A2）：日期“2024-01-20”不在 2025 年度内');
  });
});

describe('monitoring view: execution against plan and 序时进度 (R-MON-05)', () => {
  let id = '';
  beforeAll(async () => {
    id = await newProjectWithPlan();
    await importPayments(f.database.db, f.actor('preparer'), id, { bytes: readMonitoringFixture('payments-004.csv'), fileName: 'payments-004.csv' }, { today: TODAY });
  });

  it('lights each checkpoint of sample 004 (3/6/10/12月 25/50/75/100%)', async () => {
    const m = await getProjectMonitoring(f.database.db, f.actor('dept_reviewer', 'own'), id, TODAY);
    expect(m.planSource).toBe('monitoring');
    expect(m.view.budget).toBe(17_200_000);
    const [mar, jun, oct, dec] = m.view.checkpoints;
    expect(mar).toMatchObject({ month: 3, state: 'open', executed: 3_600_000, light: 'green' });
    expect(mar!.execution!.rate).toBeCloseTo(0.2093, 4);
    expect(mar!.execution!.behindPlan).toBeCloseTo(4.0698, 3);
    expect(jun).toMatchObject({ month: 6, executed: 6_600_050, light: 'yellow' });
    expect(jun!.execution!.timeProgress).toBeCloseTo(182 / 366, 10);
    expect(jun!.execution!.behindPlan).toBeCloseTo(11.6276, 3);
    expect(jun!.execution).toMatchObject({ light: 'yellow', planLight: 'yellow' });
    expect(oct).toMatchObject({ state: 'pending', light: null });
    expect(dec!.state).toBe('pending');
    expect(m.view.curve[5]).toMatchObject({ month: 6, executed: 6_600_050, plannedShare: 0.5 });
  });

  it('turns red when payments fall more than 20 points behind, and back when entered', async () => {
    const m = await getProjectMonitoring(f.database.db, f.actor('preparer'), id, TODAY);
    const june = m.entries.filter((e) => e.paidOn >= '2024-04-01');
    for (const e of june) await removeExecutionEntry(f.database.db, f.actor('preparer'), id, e.id);
    const low = await getProjectMonitoring(f.database.db, f.actor('preparer'), id, TODAY);
    expect(low.view.checkpoints[1]).toMatchObject({ executed: 3_600_000, light: 'red' });
    expect(low.view.checkpoints[1]!.execution!.behindPlan).toBeCloseTo(29.0698, 3);
    await addExecutionEntry(f.database.db, f.actor('preparer'), id, { paidOn: '2024-06-30', amountYuan: '30,000.50', note: '补付4-6月工资' });
    const back = await getProjectMonitoring(f.database.db, f.actor('preparer'), id, TODAY);
    expect(back.view.checkpoints[1]).toMatchObject({ executed: 6_600_050, light: 'yellow' });
  });
});

describe('checkpoint progress (R-MON-02/04)', () => {
  it('requires cause and measure for every red item, stores them, and refuses a stale version', async () => {
    const id = await newProjectWithPlan();
    const db = f.database.db;
    await importPayments(db, f.actor('preparer'), id, { bytes: readMonitoringFixture('payments-004.csv'), fileName: 'payments-004.csv' }, { today: TODAY });
    // 发放工资保险 ≥100% at June: s = 50, a = 20 → a/s = 0.4 → red.
    const red = [{ indicatorIndex: 0, progressText: '20%' }, { indicatorIndex: 7, progressText: '98%' }];
    const err = await saveCheckpointProgress(db, f.actor('preparer'), id, 6, { version: 0, items: red }, TODAY).catch((e: unknown) => e);
    expect(isDomainError(err, 'validation')).toBe(true);
    expect((err as Error).message).toBe('“发放工资保险”为红灯，须填写偏差原因、纠偏措施及是否调整目标');
    const saved = await saveCheckpointProgress(
      db,
      f.actor('preparer'),
      id,
      6,
      { version: 0, items: [{ ...red[0]!, deviation: { cause: '人员保障', measure: '补充派遣人员，7月起按月发放', adjustTarget: true } }, red[1]!] },
      TODAY,
    );
    expect(saved.version).toBe(1);
    const m = await getProjectMonitoring(db, f.actor('finance_reviewer', 'own'), id, TODAY);
    const june = m.view.checkpoints.find((c) => c.month === 6)!;
    expect(june.state).toBe('recorded');
    expect(june.indicators[0]!.progress).toMatchObject({ light: 'red', expected: 50, forecast: 40 });
    expect(june.indicators[7]!.progress!.light).toBe('blue');
    expect(june.light).toBe('red');
    expect(june.problems).toEqual([]);
    expect(m.adjustmentRequested).toBe(true);
    const stale = await saveCheckpointProgress(db, f.actor('unit_head'), id, 6, { version: 0, items: [] }, TODAY).catch((e: unknown) => e);
    expect(isDomainError(stale, 'version-conflict')).toBe(true);
    const entries = await db.selectFrom('audit_log').select('action').where('entity_id', '=', id).execute();
    expect(entries.map((e) => e.action)).toContain('monitoring.checkpoint.save');
  });

  it('lets only the own unit write; reviewers read; another unit sees nothing', async () => {
    const id = await newProjectWithPlan();
    const db = f.database.db;
    const forbidden = await addExecutionEntry(db, f.actor('dept_reviewer'), id, { paidOn: '2024-01-01', amountYuan: '1' }).catch((e: unknown) => e);
    expect(isDomainError(forbidden, 'forbidden')).toBe(true);
    const hidden = await getProjectMonitoring(db, f.actor('preparer', 'other'), id, TODAY).catch((e: unknown) => e);
    expect(isDomainError(hidden, 'not-found')).toBe(true);
    const bad = await addExecutionEntry(db, f.actor('preparer'), id, { paidOn: '2024-01-01', amountYuan: '1.005' }).catch((e: unknown) => e);
    expect((bad as Error).message).toBe('金额“1.005”不是精确到分的非零元数');
    const plan = await saveMonitoringPlan(db, f.actor('preparer'), id, { version: 1, fiscalYear: 2024, checkpoints: [{ month: 6, percent: 60 }, { month: 3, percent: 70 }] }).catch((e: unknown) => e);
    expect((plan as Error).message).toBe('资金支出计划有误：6月底的累计比例 60% 低于3月底的 70%');
  });
});

describe('overview and export', () => {
  it('builds the projects × checkpoints matrix and the summed curve', async () => {
    const id = await newProjectWithPlan();
    await importPayments(f.database.db, f.actor('preparer'), id, { bytes: readMonitoringFixture('payments-004.csv'), fileName: 'payments-004.csv' }, { today: TODAY });
    const o = await getMonitoringOverview(f.database.db, f.actor('auditor', null), {}, TODAY);
    const row = o.rows.find((r) => r.id === id)!;
    expect(o.months).toEqual([3, 6, 10, 12]);
    expect(row.lights).toEqual({ 3: 'green', 6: 'yellow', 10: null, 12: null });
    expect(row.executed).toBe(6_600_050);
    expect(o.curve[5]!.plannedShare).toBeCloseTo(0.5, 10);
    const hidden = await getMonitoringOverview(f.database.db, f.actor('preparer', 'other'), {}, TODAY);
    expect(hidden.rows.some((r) => r.id === id)).toBe(false);
  });

  it('exports the 绩效运行监控表 as XLSX with the budget block and indicator rows, formula-safe', async () => {
    const id = await newProjectWithPlan();
    const db = f.database.db;
    await importPayments(db, f.actor('preparer'), id, { bytes: readMonitoringFixture('payments-004.csv'), fileName: 'payments-004.csv' }, { today: TODAY });
    await saveCheckpointProgress(db, f.actor('preparer'), id, 6, {
      version: 0,
      items: [{ indicatorIndex: 0, progressText: '45%', forecastText: '=HYPERLINK("x")', deviation: null }],
    }, TODAY);
    const file = await exportMonitoringTable(db, f.actor('auditor', null), id, { format: 'xlsx', month: 6, today: TODAY });
    expect(file.fileName).toBe('劳务派遣人员经费-绩效运行监控表-6月.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('绩效运行监控表')!;
    expect(ws.getCell('A1').value).toBe('项目支出绩效运行监控表');
    expect(ws.getCell('C6').value).toBe(17.2);
    expect(ws.getCell('E6').value).toBe(6.6);
    expect(ws.getCell('F6').value).toBe('38.37%');
    expect(ws.getCell('I6').value).toBe('黄灯（轻度偏差）');
    expect(ws.getCell('E8').value).toBe('1-6月执行情况');
    expect([ws.getCell('C9').value, ws.getCell('D9').value, ws.getCell('E9').value]).toEqual(['发放工资保险', '≥100百分比', '45%']);
    expect(ws.getCell('F9').value).toBe(`'=HYPERLINK("x")`);
    expect(ws.getCell('G9').value).toBe('绿灯（正常）');
    let formulas = 0;
    ws.eachRow((r) => r.eachCell((c) => { if (c.formula) formulas++; }));
    expect(formulas).toBe(0);
  });
});
