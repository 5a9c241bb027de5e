import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkDepartmentBudget,
  generateDisclosure,
  readBackDisclosure,
  readDisclosure,
  recognizeDocument,
  renderDisclosureText,
  splitTextRows,
  toDisclosureRows,
  type BudgetFromDisclosureIssue,
  type ClassificationCatalogue,
  type DepartmentBudget,
  type Disclosure,
  type DisclosureFinding,
  type GeneratedDisclosure,
} from '@jixiao/core';
import { readDocument } from '@jixiao/formats';
import { readBudgetFromDisclosureFile } from '../../packages/app/src/index';
import {
  codeTableFacts,
  departmentTargetFacts,
  diffFacts,
  narrativeFacts,
  procurementFacts,
  projectFacts,
  projectTargetFacts,
  summaryFacts,
  threePublicFacts,
  unitAmountFacts,
  type TargetReading,
} from './diff-disclosure-tables';
import { loadClassificationCatalogue, SAMPLE_001 } from './load-disclosure';

/**
 * 001 imported (budgetFromDisclosure) and regenerated (generateDisclosure, 16-table template, 2024
 * catalogue); both the source and the regenerated text are read with the same reader, and every
 * number of every table is compared. Where 001 contradicts itself, the regenerated table follows
 * the budget lines (表5/表6) and the diff is exactly the contradiction.
 */
let source: Disclosure;
let sourceTargets: TargetReading;
let budget: DepartmentBudget;
let issues: BudgetFromDisclosureIssue[];
let generated: GeneratedDisclosure;
let regenerated: Disclosure;
let regeneratedTargets: TargetReading;
let catalogue: ClassificationCatalogue | null;

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE_001));
  const doc = await readDocument(bytes, SAMPLE_001.pathname);
  sourceTargets = recognizeDocument(doc, { file: SAMPLE_001.pathname });
  source = readDisclosure(toDisclosureRows(doc), { targets: sourceTargets });
  ({ budget, issues } = await readBudgetFromDisclosureFile(bytes, SAMPLE_001.pathname));
  ({ catalogue } = await loadClassificationCatalogue(2024));
  generated = generateDisclosure(budget, { template: 'shaanxi-16', catalogue });
  regenerated = readBackDisclosure(generated);
  regeneratedTargets = recognizeDocument({ format: 'txt', rows: splitTextRows(renderDisclosureText(generated)), issues: [] }, { file: 'regenerated.txt' });
});

describe('001 imported into budget lines', () => {
  it('carries the lines of 表5 × 表6, the projects of 表10 and the targets', () => {
    expect(budget.department).toEqual({ name: '西安市莲湖区医疗保障局（汇总）', code: '317' });
    expect(budget.fiscalYear).toBe(2024);
    expect(budget.lines.reduce((s, l) => s + l.amount, 0)).toBe(514211494);
    expect(budget.lines.filter((l) => l.kind === 'project').reduce((s, l) => s + l.amount, 0)).toBe(239000000);
    expect(new Set(budget.lines.filter((l) => l.kind === 'project').map((l) => l.projectName))).toEqual(new Set(['公务员医疗救助', '医保档案管理', '医保信息化建设', '医保工作经费补助', '医疗保险经办机构经费']));
    expect(budget.projectTargets.map((t) => [t.projectName, t.total])).toEqual([
      ['公务员医疗救助', 100000000],
      ['医保档案管理', 20000000],
      ['医保工作经费补助', 30000000],
      ['医保信息化建设', 20000000],
      ['医疗保险经办中心经费', 69000000],
    ]);
    expect(budget.trainings).toEqual([{ name: '两定机构基金使用规范性培训', period: '2024年1月-2024年12月', people: '120人', amount: 336000, note: '' }]);
    expect(budget.staffing).toMatchObject({ authorised: 20, actual: 14, retired: 0 });
  });

  it('lists the contradictions of 001 it had to resolve, with both numbers', () => {
    const resolved = issues.filter((i) => i.code === 'summary-differs' || i.code === 'three-public-differs').map((i) => i.message);
    expect(resolved).toEqual([
      '表1“教育支出”列 3,360.00 元，表5为 0.00 元；预算行按表5读入，重新生成的表1与表5一致',
      '表1“卫生健康支出”列 4,674,895.32 元，表5为 4,678,255.32 元；预算行按表5读入，重新生成的表1与表5一致',
      '表4“教育支出”列 3,360.00 元，表5为 0.00 元；预算行按表5读入，重新生成的表4与表5一致',
      '表4“卫生健康支出”列 4,674,895.32 元，表5为 4,678,255.32 元；预算行按表5读入，重新生成的表4与表5一致',
      '表13当年“因公出国（境）费用”列 3,360.00 元，表6对应科目（30212）为 0.00 元；按表6读入，重新生成的表13与表6一致',
      '表13当年“培训费”列 0.00 元，表6对应科目（30216）为 3,360.00 元；按表6读入，重新生成的表13与表6一致',
    ]);
  });
});

describe('001 regenerated: every table against the source', () => {
  it('produces the 16 tables of 001 (表14 once per project target)', () => {
    expect(generated.tables.map((t) => t.id)).toEqual(['表1', '表2', '表3', '表4', '表5', '表6', '表7', '表8', '表9', '表10', '表11', '表12', '表13', '表14-1', '表14-2', '表14-3', '表14-4', '表14-5', '表15', '表16']);
    expect(regenerated.tables.map((t) => t.id)).toEqual(generated.tables.map((t) => t.id));
  });

  it('表1: equal but for the 3,360.00 元 training cost 001 prints under 教育支出 instead of 卫生健康支出', () => {
    const source1 = summaryFacts(source.summary);
    expect(source1.size).toBe(29);
    expect(diffFacts(source1, summaryFacts(regenerated.summary))).toEqual([
      { key: 'function/部门预算/教育支出', source: '3,360.00', regenerated: null },
      { key: 'function/部门预算/卫生健康支出', source: '4,674,895.32', regenerated: '4,678,255.32' },
    ]);
  });

  it('表2: 001 prints the 收入总表 under the number 表3 (its 表2 is missing); the regenerated 表2 equals it', () => {
    expect(source.tables.some((t) => t.id === '表2')).toBe(false);
    const printedAs3 = unitAmountFacts(source.expenditure);
    expect(printedAs3.get('317001|西安市莲湖区医疗保障局|部门预算/公共预算拨款/小计')).toBe('5,142,114.94');
    expect(diffFacts(printedAs3, unitAmountFacts(regenerated.income))).toEqual([]);
  });

  it('表3: 001 prints no 支出总表; every regenerated number equals the 基本/项目 split 001 prints in 表5', () => {
    const t5 = source.generalFunction!.rows.find((r) => r.code === null)!;
    const expected = (unit: string) => [
      [`${unit}|合计`, t5.total],
      [`${unit}|基本支出/小计`, t5.personnel! + t5.publicUse!],
      [`${unit}|基本支出/人员经费`, t5.personnel],
      [`${unit}|基本支出/公用经费`, t5.publicUse],
      [`${unit}|专项业务经费`, t5.project],
    ];
    const facts = unitAmountFacts(regenerated.expenditure);
    const want = [...expected('|合计'), ...expected('317|西安市莲湖区医疗保障局'), ...expected('317001|西安市莲湖区医疗保障局')];
    expect([...facts.entries()]).toEqual(want.map(([k, fen]) => [k, (Number(fen) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })]));
  });

  it('表4: equal but for the same 3,360.00 元 under 教育支出', () => {
    expect(diffFacts(summaryFacts(source.fiscalSummary), summaryFacts(regenerated.fiscalSummary))).toEqual([
      { key: 'function/财政拨款/教育支出', source: '3,360.00', regenerated: null },
      { key: 'function/财政拨款/卫生健康支出', source: '4,674,895.32', regenerated: '4,678,255.32' },
    ]);
  });

  it.each([
    ['表5', 'generalFunction', 53],
    ['表6', 'generalEconomic', 96],
    ['表7', 'basicFunction', 44],
    ['表8', 'basicEconomic', 78],
  ] as const)('%s: every code, name and amount equal', (_id, key, count) => {
    const before = codeTableFacts(source[key]);
    expect(before.size).toBe(count);
    expect(diffFacts(before, codeTableFacts(regenerated[key]))).toEqual([]);
  });

  it('表9: published empty in both, with its 空表说明', () => {
    expect(source.tables.find((t) => t.id === '表9')!.empty).toBe(true);
    expect(diffFacts(summaryFacts(source.governmentFundSummary), summaryFacts(regenerated.governmentFundSummary))).toEqual([]);
    expect(generated.tables.find((t) => t.id === '表9')).toMatchObject({ empty: true, emptyNote: '不涉及' });
  });

  it('表10: every unit, category and project amount equal', () => {
    const before = projectFacts(source);
    expect(before.size).toBe(13);
    expect(diffFacts(before, projectFacts(regenerated))).toEqual([]);
  });

  it('表11: listed empty in 001 (and not printed); the regenerated 表11 is printed empty with 001’s reason', () => {
    expect(source.catalogue.find((c) => c.id === '表11')).toMatchObject({ empty: true, emptyReason: '不涉及' });
    expect(generated.tables.find((t) => t.id === '表11')).toMatchObject({ empty: true, emptyNote: '不涉及' });
    expect(regenerated.tables.find((t) => t.id === '表11')!.empty).toBe(true);
  });

  it('表12: the 合计 and every item (amount, quantity, codes, catalogue) equal', () => {
    const before = procurementFacts(source);
    expect(before.get('合计|amount')).toBe('284,708.00');
    expect(before.get('合计|quantity')).toBe('152');
    expect(diffFacts(before, procurementFacts(regenerated))).toEqual([]);
  });

  it('表13: 001 prints 3,840.00 and 3,360.00 in the wrong columns; the regenerated table puts them under 培训费 (上年 3,840.00 from the narrative, 当年 3,360.00 = 表6 30216)', () => {
    expect(diffFacts(threePublicFacts(source), threePublicFacts(regenerated))).toEqual([
      { key: '合计|current|threePublic', source: '3,840.00', regenerated: null },
      { key: '合计|current|overseasTravel', source: '3,360.00', regenerated: null },
      { key: '合计|prior|training', source: null, regenerated: '3,840.00' },
      { key: '合计|current|total', source: null, regenerated: '3,360.00' },
      { key: '合计|current|training', source: null, regenerated: '3,360.00' },
      { key: '合计|change|total', source: null, regenerated: '-480.00' },
      { key: '合计|change|training', source: null, regenerated: '-480.00' },
    ]);
    expect(threePublicFacts(source).get('合计|prior|total')).toBe(threePublicFacts(regenerated).get('合计|prior|total'));
  });

  it.each([
    ['表14-1', '公务员医疗救助', 11],
    ['表14-2', '医保档案管理', 15],
    ['表14-3', '医保工作经费补助', 16],
    ['表14-4', '医保信息化建设', 13],
    ['表14-5', '医疗保险经办中心经费', 22],
  ])('%s (%s): amounts, goal and every indicator equal', (_id, name, count) => {
    const before = projectTargetFacts(sourceTargets, name);
    expect(before.size).toBe(count);
    expect(diffFacts(before, projectTargetFacts(regeneratedTargets, name))).toEqual([]);
  });

  it('表15: tasks, amounts, goal and every indicator equal', () => {
    const before = departmentTargetFacts(sourceTargets);
    expect(before.size).toBe(65);
    expect(diffFacts(before, departmentTargetFacts(regeneratedTargets))).toEqual([]);
  });

  it('表16: published empty in both', () => {
    expect(source.tables.find((t) => t.id === '表16')!.empty).toBe(true);
    expect(generated.tables.find((t) => t.id === '表16')).toMatchObject({ empty: true, emptyNote: '不涉及' });
  });

  it('narrative: all 44 figures equal — amount, direction, change, rate and reason', () => {
    const before = narrativeFacts(source.narrative.figures);
    expect(before.size).toBe(44);
    expect(diffFacts(before, narrativeFacts(regenerated.narrative.figures))).toEqual([]);
    expect(before.get('general|313|对社会保障基金补助(313)#1')).toBe('0.00 decrease 400.00 100.00 明细科目调整');
    expect(regenerated.staffing).toEqual(source.staffing);
  });
});

describe('checks of the imported 001', () => {
  let findings: DisclosureFinding[];
  beforeAll(() => {
    findings = checkDepartmentBudget(budget, { catalogue });
  });

  it('report the real inconsistencies that survive into the budget, and nothing that is consistent', () => {
    expect(findings.map((f) => ({ rule: f.rule, severity: f.severity, tables: f.tables }))).toEqual([
      // one project, two names (表10 医疗保险经办机构经费, 表14-5 医疗保险经办中心经费)
      { rule: 'project-targets', severity: 'warning', tables: ['表10', '表14-5'] },
      // 表15 tasks 265.90 / 9.31 against 人员经费 265.89 / 公用经费 9.32
      { rule: 'project-targets', severity: 'warning', tables: ['表15', '表5'] },
      { rule: 'project-targets', severity: 'warning', tables: ['表15', '表5'] },
      // 302 and 502 are the same money with different reasons
      { rule: 'yoy-reason', severity: 'error', tables: ['说明'] },
      // 表11 / 表16 empty with only “不涉及”
      { rule: 'empty-table-note', severity: 'warning', tables: ['表11'] },
      { rule: 'empty-table-note', severity: 'warning', tables: ['表16'] },
      // the target named 医疗保险经办中心经费 has no budget line of that name
      { rule: 'project-targets', severity: 'error', tables: ['表14', '表10'] },
    ]);
    for (const f of findings) expect(f.category).toBe('disclosure-mismatch');
  });

  it('together with the import issues, cover every inconsistency the text check finds in 001', () => {
    // 表1/表4 vs 表5 and 表13 vs 表6 are import issues (the regenerated tables are consistent); 表2/表3 layout are fixed by generation
    const kinds = new Set(issues.map((i) => i.code));
    expect(kinds.has('summary-differs')).toBe(true);
    expect(kinds.has('three-public-differs')).toBe(true);
    for (const rule of ['operating-costs', 'procurement-sum', 'narrative-vs-table', 'yoy-arithmetic', 'code-rollup', 'basic-chain', 'function-vs-economic', 'classification-codes', 'three-public-sum', 'same-code-amount', 'summary-chain', 'rounding'])
      expect(findings.filter((f) => f.rule === rule)).toEqual([]);
  });
});
