import { getSelfEvaluationView, importSelfEvaluation, isDomainError, saveSelfEvaluationActuals } from '@jixiao/app';
import { createDraftProject } from '@jixiao/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSelfEvaluationFixture, readSelfEvaluationFixture, type SelfEvaluationFixture } from './support/self-evaluation-fixture';

/**
 * Importing the self-evaluation forms of fixtures/self-evaluation into the stored projects of sample 002 (whose
 * target tables print cut names: “城乡居民参保缴费” twice, “…医疗服务” for “…医疗服务补助资金”).
 */
let f: SelfEvaluationFixture;
beforeAll(async () => {
  f = await openSelfEvaluationFixture();
});
afterAll(() => f.close());

const importInto = (projectId: string | undefined, file: string) =>
  importSelfEvaluation(f.database.db, f.actor('preparer'), { fileName: file, bytes: readSelfEvaluationFixture(file), ...(projectId ? { projectId } : {}) });

describe('importSelfEvaluation', () => {
  for (const ext of ['txt', 'docx', 'xlsx', 'pdf']) {
    it(`conforming.${ext}: every indicator matched, the printed total 93.52 reproduced, no finding`, async () => {
      const id = await f.addProject('部门专项-2021');
      const r = await importInto(id, `conforming.${ext}`);
      expect([r.matched, r.unmatched]).toEqual([8, []]);
      expect(r.view.indicators.map((l) => l.actualText)).toEqual(['29.5万人', '93%', '100%', '183.66元/人/年', '达成年度指标', '部分达成年度指标并具有一定效果', '92%', '90%']);
      expect(r.view.indicators.map((l) => l.score)).toEqual([13.32, 12.73, 13, 20, 7, 5, 6, 9.47]);
      expect(r.view.execution).toMatchObject({ budget: 6_118_230_000, executed: 4_282_760_000, score: 7, weight: 10 });
      expect([r.view.total, r.view.printedTotal, r.view.grade, r.view.gradeLabel, r.view.source, r.view.sourceFile, r.view.version]).toEqual([93.52, 93.52, 'excellent', '优', 'import', `conforming.${ext}`, 1]);
      expect(r.view.findings).toEqual([]);
    }, 60_000);

    it(`inflated.${ext}: each inflated score is a score-mismatch finding with the printed and the recomputed score`, async () => {
      const id = await f.addProject('巴财社');
      const r = await importInto(id, `inflated.${ext}`);
      expect([r.matched, r.unmatched]).toEqual([12, []]);
      const mismatch = r.view.findings.filter((x) => x.category === 'score-mismatch');
      expect(mismatch.map((x) => [x.indicator, x.evidence.printedScore, x.evidence.expectedScore])).toEqual([
        [0, 5, 4.91],
        [2, 5, 4.84],
        [4, 5, 0],
        [10, 20, 14],
        [null, 100, 88.75],
      ]);
      expect(mismatch[2]!.message).toBe('指标“2022年重复参保人”表上得分5分，按规则应为0分（a>0 → 0（a = 3））：实际完成值3人未达到年度指标值=0人');
      expect(r.view.indicators.filter((l) => l.mismatch).map((l) => l.position)).toEqual([0, 2, 4, 10]);
      // The missed rows carry no deviation reason on the form: each is an R-SE-02 finding; R-SE-06 flags the printed 100.
      expect(r.view.findings.filter((x) => x.category === 'deviation-reason-missing').map((x) => [x.indicator, x.rule])).toEqual([
        [0, 'R-SE-02'],
        [2, 'R-SE-02'],
        [4, 'R-SE-02'],
        [10, 'R-SE-02'],
      ]);
      expect(r.view.findings.filter((x) => x.category === 'inflated-score').map((x) => x.rule)).toEqual(['R-SE-06']);
      expect(r.view.indicators[3]).toMatchObject({ overAchievement: true, reasonRequired: true, deviationReason: expect.stringContaining('年初计划偏保守') });
      expect([r.view.total, r.view.printedTotal, r.view.gradeLabel]).toEqual([88.75, 100, '良']);
    }, 60_000);
  }

  for (const ext of ['txt', 'docx', 'xlsx', 'pdf']) {
    it(`form-weights.${ext}: the form’s 指标分值权重 and 9.5 for 预算执行率 give 92.66`, async () => {
      const id = await f.addProject('部门专项-医疗');
      const r = await importInto(id, `form-weights.${ext}`);
      expect(r.matched).toBe(11);
      expect(r.view.weightSource).toBe('form');
      expect(r.view.indicators.map((l) => l.weight)).toEqual([6, 6, 6, 6, 5, 5, 7, 7, 6, 20, 10]);
      expect(r.view.indicators[7]).toMatchObject({ score: 6.22, formula: 'w·(1−(a−t)/t) = 7×(1−(0.5−0.45)/0.45) = 6.22', deviationReason: expect.stringContaining('电价上调') });
      expect(r.view.execution).toMatchObject({ budget: 15_000_000, executed: 14_250_000, rate: 0.95, score: 9.5 });
      expect([r.view.total, r.view.printedTotal, r.view.findings]).toEqual([92.66, 92.66, []]);
    }, 60_000);
  }

  it('a project stored without 分值 takes the weights printed on the form (R-SE-01) and still reproduces 93.52', async () => {
    const sample = f.projects.find((p) => p.name.startsWith('部门专项-2021'))!;
    const bare = { ...sample, indicators: sample.indicators.map((i) => ({ ...i, weight: null })) };
    const id = (await createDraftProject(f.database.db, f.unitId, bare, 'fixture')).id;
    const before = await getSelfEvaluationView(f.database.db, f.actor('preparer'), id);
    expect(before.weightSource).toBe('default');
    const r = await importInto(id, 'conforming.xlsx');
    expect(r.view.weightSource).toBe('form');
    expect(r.view.indicators.map((l) => l.weight)).toEqual([14, 13, 13, 20, 7, 7, 6, 10]);
    expect([r.view.total, r.view.printedTotal, r.view.findings]).toEqual([93.52, 93.52, []]);
    // Saving typed actuals afterwards keeps the form's weights.
    const saved = await saveSelfEvaluationActuals(f.database.db, f.actor('preparer'), id, {
      version: r.view.version,
      status: 'draft',
      budget: r.view.execution.budget,
      executed: r.view.execution.executed,
      achievedGoals: null,
      entries: r.view.indicators.map((l) => ({ position: l.position, actualText: l.actualText, deviationReason: l.deviationReason, improvementMeasure: null })),
    });
    expect([saved.weightSource, saved.total]).toEqual(['form', 93.52]);
  }, 60_000);

  it('without a project id, finds the stored project by its cut name; refuses when several projects fit', async () => {
    const ambiguous = await importInto(undefined, 'inflated.txt').catch((e: unknown) => e);
    expect(isDomainError(ambiguous, 'conflict')).toBe(true);
    // One stored copy per format imported above.
    expect((ambiguous as Error).message).toBe('有4个项目与自评表项目“巴财社[2022]105号关于提前下达2023年自治区财政全民参保及医疗服务补助资金”同名，请指定项目后导入');
    const own = await openSelfEvaluationFixture();
    try {
      const id = await own.addProject('巴财社');
      const r = await importSelfEvaluation(own.database.db, own.actor('unit_head'), { fileName: 'inflated.xlsx', bytes: readSelfEvaluationFixture('inflated.xlsx') });
      expect([r.view.projectId, r.matched, r.view.total, r.view.printedTotal]).toEqual([id, 12, 88.75, 100]);
    } finally {
      await own.close();
    }
  }, 60_000);

  it('refuses a form of another project and writes nothing', async () => {
    const id = await f.addProject('部门专项-医疗');
    const err = await importInto(id, 'conforming.txt').catch((e: unknown) => e);
    expect(isDomainError(err, 'import-failed')).toBe(true);
    expect((err as Error).message).toContain('名称和编码均不一致');
    expect((await getSelfEvaluationView(f.database.db, f.actor('preparer'), id)).version).toBe(0);
  });

  it('refuses a reviewer (import is for the unit’s own preparer / unit head)', async () => {
    const id = await f.addProject('部门专项-医疗');
    const err = await importSelfEvaluation(f.database.db, f.actor('dept_reviewer'), { fileName: 'form-weights.txt', bytes: readSelfEvaluationFixture('form-weights.txt'), projectId: id }).catch((e: unknown) => e);
    expect(isDomainError(err, 'forbidden')).toBe(true);
  });
});
