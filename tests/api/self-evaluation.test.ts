import ExcelJS from 'exceljs';
import { scoreDocuments } from '@jixiao/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './support/create-test-app';
import { makeProject } from './support/make-project';
import { multipart } from './support/multipart';
import { makeSelfEvaluationForm } from './support/make-self-evaluation-form';

interface View {
  version: number;
  status: string;
  total: number;
  grade: string;
  gradeLabel: string;
  execution: { budget: number | null; executed: number | null; rate: number | null; score: number; formula: string };
  indicators: { position: number; name: string; weight: number; score: number; computedScore: number; formula: string; reasonRequired: boolean; overAchievement: boolean; override: { score: number; reason: string; reviewerName: string } | null }[];
  findings: { category: string; rule: string; indicator: number | null; message: string }[];
}

let t: TestApp;
let preparer: Session, unitHead: Session, dept: Session, admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  preparer = await t.login('preparer');
  unitHead = await t.login('unithead');
  dept = await t.login('deptreviewer');
  admin = await t.login('admin');
});
afterAll(() => t.close());

const url = (id: string) => `/api/projects/${id}/self-evaluation`;
const save = (s: Session, id: string, body: Record<string, unknown>) => t.request(s, { method: 'PUT', url: url(id), payload: body });
const entries = (training: string, satisfaction: string, reason: string | null = null) => [
  { position: 0, actualText: training, deviationReason: reason, improvementMeasure: null },
  { position: 1, actualText: satisfaction, deviationReason: null, improvementMeasure: null },
];

describe('PUT /api/projects/:id/self-evaluation', () => {
  it('scores the actuals with the formula shown, needs a reason for a miss, and answers 409 to a stale version', async () => {
    const { id } = await t.addProject('A1', 'approved', makeProject('医保经办培训'));
    const empty = (await t.request(preparer, { method: 'GET', url: url(id) })).json() as View;
    expect([empty.version, empty.total, empty.grade]).toEqual([0, 0, 'poor']);

    const first = await save(preparer, id, { version: 0, budget: 1_000_000, executed: 950_000, entries: entries('80人次', '92%') });
    expect(first.statusCode, first.body).toBe(200);
    const v1 = first.json() as View;
    expect(v1.version).toBe(1);
    expect(v1.indicators.map((l) => [l.weight, l.score, l.formula, l.reasonRequired])).toEqual([
      [20, 16, 'w·a/t = 20×80/100 = 16', true],
      [10, 10, 'a≥t → w', false],
    ]);
    expect(v1.execution).toMatchObject({ budget: 1_000_000, executed: 950_000, rate: 0.95, score: 9.5, formula: '10×min(9500/10000, 1) = 9.5' });
    expect([v1.total, v1.grade, v1.gradeLabel]).toEqual([35.5, 'poor', '差']);
    expect(v1.findings.filter((f) => f.category === 'deviation-reason-missing').map((f) => [f.indicator, f.rule, f.message])).toEqual([
      [0, 'R-SE-02', '指标“培训人次”未达到年度指标值≥100人次（实际完成值80人次），须填写偏差原因分析及改进措施'],
    ]);

    // Submitting without the reason is refused; the stored version stays 1.
    const refused = await save(unitHead, id, { version: 1, status: 'submitted', budget: 1_000_000, executed: 950_000, entries: entries('80人次', '92%') });
    expect(refused.statusCode).toBe(400);
    expect((refused.json() as { error: { message: string } }).error.message).toContain('不能提交：指标“培训人次”未达到年度指标值');

    // Someone else saved version 1 meanwhile: a save based on version 0 is a conflict.
    const stale = await save(unitHead, id, { version: 0, budget: 1_000_000, executed: 1_000_000, entries: entries('100人次', '92%') });
    expect(stale.statusCode).toBe(409);
    expect((await t.request(preparer, { method: 'GET', url: url(id) })).json()).toMatchObject({ version: 1, total: 35.5 });

    const submitted = await save(unitHead, id, { version: 1, status: 'submitted', budget: 1_000_000, executed: 950_000, entries: entries('80人次', '92%', '部分培训因场地原因延期至次年') });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ version: 2, status: 'submitted', total: 35.5 });
    expect((submitted.json() as View).findings).toEqual([]);
  });

  it('an actual 30% or more over the target also needs a reason (R-SE-04); 29% over does not', async () => {
    const { id } = await t.addProject('A1', 'approved', makeProject('医保政策宣传'));
    const over = (await save(preparer, id, { version: 0, budget: 1_000_000, executed: 1_000_000, entries: entries('130人次', '92%') })).json() as View;
    expect(over.indicators[0]).toMatchObject({ score: 20, overAchievement: true, reasonRequired: true });
    expect(over.findings.map((f) => [f.category, f.rule, f.indicator])).toEqual([['deviation-reason-missing', 'R-SE-04', 0]]);
    expect(over.findings[0]!.message).toContain('130%以上（目标可能设置偏低）');
    expect(over.total).toBe(40);
    const below = (await save(preparer, id, { version: 1, budget: 1_000_000, executed: 1_000_000, entries: entries('129人次', '92%') })).json() as View;
    expect(below.indicators[0]).toMatchObject({ overAchievement: false, reasonRequired: false });
    expect(below.findings).toEqual([]);
  });
});

describe('POST /api/projects/:id/self-evaluation/overrides', () => {
  it('only a reviewer, only with a reason, within 0…分值; the override is in the audit log and changes total and grade', async () => {
    const { id } = await t.addProject('A1', 'approved', makeProject('医保稽核'));
    await save(preparer, id, { version: 0, budget: 1_000_000, executed: 1_000_000, entries: entries('130人次', '95%', '年初目标偏保守') });
    const override = (s: Session, body: Record<string, unknown>) => t.request(s, { method: 'POST', url: `${url(id)}/overrides`, payload: body });
    expect((await override(preparer, { position: 0, score: 15, reason: '目标设定偏低' })).statusCode).toBe(403);
    const noReason = await override(dept, { position: 0, score: 15, reason: '   ' });
    expect(noReason.statusCode).toBe(400);
    expect((await override(dept, { position: 0, score: 21, reason: '目标设定偏低' })).statusCode).toBe(400);
    expect((await override(dept, { position: 0, score: 21, reason: '目标设定偏低' })).json()).toMatchObject({ error: { message: '指标“培训人次”的得分应在0～20分之间' } });

    const res = await override(dept, { position: 0, score: 15, reason: '目标设定偏低，按偏离程度扣减（R-SE-04）' });
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json() as View;
    expect(v.indicators[0]).toMatchObject({ score: 15, computedScore: 20, override: { score: 15, reason: '目标设定偏低，按偏离程度扣减（R-SE-04）', reviewerName: '测试deptreviewer' } });
    expect([v.total, v.grade]).toEqual([35, 'poor']);

    const audit = (await t.request(admin, { method: 'GET', url: `/api/audit?entityId=${id}` })).json() as { actor: string; action: string; entityId: string; detail: Record<string, unknown> }[];
    const rows = audit;
    const entry = rows.find((r) => r.action === 'self-evaluation.override' && r.entityId === id);
    expect(entry?.actor).toBe('deptreviewer');
    expect(entry?.detail).toMatchObject({ position: 0, score: 15, previousScore: 20, reason: '目标设定偏低，按偏离程度扣减（R-SE-04）', indicator: '培训人次' });
  });
});

describe('import and export', () => {
  it('imports a form into the project, exports the table as XLSX that scores back to the same total, and as PDF', async () => {
    const name = '医保基金监管专项';
    const { id } = await t.addProject('A1', 'approved', makeProject(name));
    const imported = await t.request(preparer, { method: 'POST', url: `${url(id)}/import`, ...multipart('自评表.txt', makeSelfEvaluationForm(name)) });
    expect(imported.statusCode, imported.body).toBe(200);
    // 120人次 ≥ 100 (20) + 92% ≥ 90% (10) + 9.5 for 95% executed; the form prints 39.5.
    expect(imported.json()).toMatchObject({ matched: 2, unmatched: [], view: { total: 39.5, printedTotal: 39.5, source: 'import', findings: [] } });

    const xlsx = await t.request(preparer, { method: 'GET', url: `${url(id)}/export?format=xlsx` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(xlsx.headers['content-disposition']))).toContain(`${name}-绩效自评表.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = wb.worksheets[0]!.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])).map((c) => String(c ?? ''));
    expect(cells).toEqual(expect.arrayContaining(['项目支出绩效自评表', name, '培训人次', '≥100人次', '120人次', '总分']));
    const [rescored] = await scoreDocuments([{ file: 'export.xlsx', bytes: new Uint8Array(xlsx.rawPayload) }]);
    expect(rescored!.projects.map((p) => [p.name, p.total, p.printedTotal, p.findings.length])).toEqual([[name, 39.5, 39.5, 0]]);

    const pdf = await t.request(preparer, { method: 'GET', url: `${url(id)}/export?format=pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);
});
