import { readFileSync } from 'node:fs';
import { parseDocument } from '@jixiao/app';
import type { Project } from '@jixiao/core';
import {
  createDraftProject,
  deleteExecutionEntry,
  findOrCreateUnit,
  getMonitoringPlans,
  insertExecutionEntries,
  isStorageError,
  listCheckpoints,
  listExecutionEntries,
  saveCheckpoint,
  saveMonitoringPlan,
  verifyAuditChain,
} from '@jixiao/storage';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from './support/describe-each-dialect';

let sample: Project;
beforeAll(async () => {
  const doc = await parseDocument(readFileSync('fixtures/samples/004_b5b5933a0db36905.txt'), '004_b5b5933a0db36905.txt');
  sample = doc.projects[0]!;
});

describeEachDialect('双监控 storage (migration 0004)', (ctx) => {
  let projectId = '';
  beforeAll(async () => {
    const { db } = ctx.database;
    const unit = await findOrCreateUnit(db, { code: '362001', name: '兴隆县医疗保障局本级' });
    projectId = (await createDraftProject(db, unit.id, sample, 'tester')).id;
  });

  it('stores execution entries as exact fen, lists them by date, deletes one, and audits every write', async () => {
    const { db } = ctx.database;
    const big = 9_007_199_254_740_99; // far beyond 32 bits: bigint column
    await insertExecutionEntries(db, projectId, [
      { paidOn: '2024-06-20', amount: 600_050, note: '6月工资' },
      { paidOn: '2024-01-20', amount: 1_200_000, note: '1月工资' },
      { paidOn: '2024-02-20', amount: big, note: '大额' },
    ], { source: 'import', importFile: 'payments-004.csv', actor: 'tester' });
    const entries = await listExecutionEntries(db, [projectId]);
    expect(entries.map((e) => [e.paidOn, e.amount, e.source])).toEqual([
      ['2024-01-20', 1_200_000, 'import'],
      ['2024-02-20', big, 'import'],
      ['2024-06-20', 600_050, 'import'],
    ]);
    await deleteExecutionEntry(db, projectId, entries[1]!.id, 'tester');
    expect((await listExecutionEntries(db, [projectId])).map((e) => e.amount)).toEqual([1_200_000, 600_050]);
    await expect(deleteExecutionEntry(db, projectId, entries[1]!.id, 'tester')).rejects.toSatisfy((e) => isStorageError(e, 'not-found'));
    const audit = await db.selectFrom('audit_log').select('action').where('entity_id', '=', projectId).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['monitoring.entries.import', 'monitoring.entries.delete']));
    expect(await verifyAuditChain(db)).toBeNull();
  });

  it('keeps a monitoring plan with a version; a stale save is a version conflict and changes nothing', async () => {
    const { db } = ctx.database;
    const plan = sample.spendingPlan;
    expect(plan.map((c) => c.month)).toEqual([3, 6, 10, 12]);
    const first = await saveMonitoringPlan(db, projectId, { fiscalYear: 2024, checkpoints: plan }, 0, 'tester');
    expect(first.version).toBe(1);
    const monthly = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, percent: Math.round(((i + 1) * 100) / 12) }));
    expect((await saveMonitoringPlan(db, projectId, { fiscalYear: 2024, checkpoints: monthly }, 1, 'tester')).version).toBe(2);
    await expect(saveMonitoringPlan(db, projectId, { fiscalYear: 2024, checkpoints: plan }, 1, 'other')).rejects.toSatisfy(
      (e) => isStorageError(e, 'version-conflict') && e.params.currentVersion === 2,
    );
    const [stored] = await getMonitoringPlans(db, [projectId]);
    expect(stored!.checkpoints).toHaveLength(12);
    expect(stored!.updatedBy).toBe('tester');
  });

  it('stores checkpoint records per month with indicator rows by position and refuses stale versions', async () => {
    const { db } = ctx.database;
    const items = [
      { indicatorIndex: 0, indicatorName: sample.indicators[0]!.name, progressText: '20%', forecastText: '90%', deviation: { cause: '人员保障' as const, measure: '补充派遣人员', adjustTarget: true } },
      { indicatorIndex: 7, indicatorName: sample.indicators[7]!.name, progressText: '98%', forecastText: null, deviation: null },
    ];
    const saved = await saveCheckpoint(db, projectId, 6, { items, execution: { cause: '经费保障', measure: '加快支付', adjustTarget: false } }, 0, 'tester');
    expect(saved).toMatchObject({ month: 6, version: 1, execution: { cause: '经费保障', adjustTarget: false } });
    expect(saved.items).toEqual([
      { indicatorIndex: 0, progressText: '20%', forecastText: '90%', deviation: { cause: '人员保障', measure: '补充派遣人员', adjustTarget: true } },
      { indicatorIndex: 7, progressText: '98%', forecastText: null, deviation: null },
    ]);
    await expect(saveCheckpoint(db, projectId, 6, { items: [], execution: null }, 0, 'late')).rejects.toSatisfy(
      (e) => isStorageError(e, 'version-conflict') && e.params.currentVersion === 1,
    );
    const second = await saveCheckpoint(db, projectId, 6, { items: items.slice(1), execution: null }, 1, 'tester');
    expect(second.version).toBe(2);
    expect(second.items.map((i) => i.indicatorIndex)).toEqual([7]);
    await saveCheckpoint(db, projectId, 3, { items: [], execution: null }, 0, 'tester');
    expect((await listCheckpoints(db, [projectId])).map((c) => [c.month, c.version])).toEqual([[3, 1], [6, 2]]);
  });

  it('refuses a deviation cause outside the five (check constraint)', async () => {
    const { db } = ctx.database;
    await expect(
      saveCheckpoint(db, projectId, 10, { items: [{ indicatorIndex: 0, indicatorName: 'x', progressText: '1', forecastText: null, deviation: { cause: '天气' as never, measure: 'm', adjustTarget: false } }], execution: null }, 0, 'tester'),
    ).rejects.toThrow();
    expect((await listCheckpoints(db, [projectId])).some((c) => c.month === 10)).toBe(false);
  });
});
