import { readFileSync } from 'node:fs';
import { parseDocument } from '@jixiao/app';
import type { Project } from '@jixiao/core';
import {
  addScoreOverride,
  createDraftProject,
  findOrCreateUnit,
  getSelfEvaluation,
  getSelfEvaluations,
  isStorageError,
  saveSelfEvaluation,
  verifyAuditChain,
  type SelfEvaluationInput,
} from '@jixiao/storage';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from './support/describe-each-dialect';

let sample: Project;
beforeAll(async () => {
  const doc = await parseDocument(readFileSync('fixtures/samples/002_958eda048e829117.txt'), '002_958eda048e829117.txt');
  sample = doc.projects[1]!;
});

describeEachDialect('绩效自评 storage (migration 0005)', (ctx) => {
  let projectId = '';
  beforeAll(async () => {
    const unit = await findOrCreateUnit(ctx.database.db, { code: '2023002', name: '库尔勒市医疗保障局' });
    projectId = (await createDraftProject(ctx.database.db, unit.id, sample, 'tester')).id;
  });

  const input = (over: Partial<SelfEvaluationInput> = {}): SelfEvaluationInput => ({
    projectId,
    expectedVersion: 0,
    status: 'draft',
    // 6118.23万元 / 4282.76万元 as fen: beyond 32 bits, so the columns must be bigint.
    budget: 6_118_230_000,
    executed: 4_282_760_000,
    achievedGoals: '城乡居民参保缴费29.5万人',
    printedTotal: 93.52,
    printedExecutionScore: 7,
    source: 'import',
    sourceFile: 'conforming.xlsx',
    entries: [
      { position: 0, actualText: '29.5万人', deviationReason: '外出务工人员在外地参保', improvementMeasure: '加强参保信息比对', printedScore: 13.32, formWeight: 14 },
      { position: 5, actualText: '部分达成年度指标并具有一定效果', deviationReason: null, improvementMeasure: null, printedScore: 5, formWeight: 7 },
    ],
    actor: 'tester',
    ...over,
  });

  it('stores a self-evaluation exactly (fen beyond 32 bits, decimal printed scores, entries by position) and audits it', async () => {
    const { db } = ctx.database;
    expect(await getSelfEvaluation(db, projectId)).toBeNull();
    const saved = await saveSelfEvaluation(db, input());
    expect(saved).toMatchObject({ version: 1, status: 'draft', budget: 6_118_230_000, executed: 4_282_760_000, printedTotal: 93.52, printedExecutionScore: 7, source: 'import', sourceFile: 'conforming.xlsx' });
    expect(saved.entries.map((e) => [e.position, e.actualText, e.printedScore, e.formWeight, e.improvementMeasure])).toEqual([
      [0, '29.5万人', 13.32, 14, '加强参保信息比对'],
      [5, '部分达成年度指标并具有一定效果', 5, 7, null],
    ]);
    const audit = await db.selectFrom('audit_log').select(['action', 'detail']).where('entity_id', '=', projectId).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toContain('self-evaluation.import');
    expect(await verifyAuditChain(db)).toBeNull();
  });

  it('a stale version is a version conflict and changes nothing; the right one replaces the entries', async () => {
    const { db } = ctx.database;
    const err = await saveSelfEvaluation(db, input({ expectedVersion: 0, budget: 1 })).catch((e: unknown) => e);
    expect(isStorageError(err, 'version-conflict')).toBe(true);
    expect((err as { params: { currentVersion: number } }).params.currentVersion).toBe(1);
    const err2 = await saveSelfEvaluation(db, input({ expectedVersion: 7 })).catch((e: unknown) => e);
    expect(isStorageError(err2, 'version-conflict')).toBe(true);
    expect((await getSelfEvaluation(db, projectId))!.budget).toBe(6_118_230_000);
    const next = await saveSelfEvaluation(db, input({ expectedVersion: 1, status: 'submitted', source: 'entry', sourceFile: null, printedTotal: null, entries: [{ position: 2, actualText: '100%', deviationReason: null, improvementMeasure: null, printedScore: null, formWeight: null }] }));
    expect(next).toMatchObject({ version: 2, status: 'submitted', source: 'entry' });
    expect(next.entries.map((e) => e.position)).toEqual([2]);
  });

  it('keeps every override (the latest per position applies) with an audit entry carrying the reason', async () => {
    const { db } = ctx.database;
    await addScoreOverride(db, { projectId, position: 0, score: 12, previousScore: 13.32, reason: '佐证材料不足', reviewerId: 'u1', reviewerName: '审核人甲', detail: { indicator: '城乡居民参保缴费' }, actor: 'reviewer' });
    await addScoreOverride(db, { projectId, position: 0, score: 12.5, previousScore: 13.32, reason: '补充佐证后调整', reviewerId: 'u1', reviewerName: '审核人甲', detail: {}, actor: 'reviewer' });
    const se = (await getSelfEvaluations(db, [projectId])).get(projectId)!;
    expect(se.overrides.map((o) => [o.position, o.score, o.previousScore, o.reason])).toEqual([
      [0, 12, 13.32, '佐证材料不足'],
      [0, 12.5, 13.32, '补充佐证后调整'],
    ]);
    const audit = await db.selectFrom('audit_log').select(['action', 'detail', 'actor']).where('action', '=', 'self-evaluation.override').where('entity_id', '=', projectId).orderBy('seq').execute();
    expect(audit.map((a) => [a.actor, (typeof a.detail === 'string' ? JSON.parse(a.detail) : a.detail).reason])).toEqual([
      ['reviewer', '佐证材料不足'],
      ['reviewer', '补充佐证后调整'],
    ]);
    expect(await verifyAuditChain(db)).toBeNull();
  });
});
