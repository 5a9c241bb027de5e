import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  budgetFromDisclosure,
  checkDepartmentBudget,
  generateDisclosure,
  parseDepartmentBudget,
  readDisclosure,
  recognizeDocument,
  renderDisclosureText,
  splitTextRows,
  type ClassificationCatalogue,
  type DepartmentBudget,
} from '@jixiao/core';
import { readBudgetFromDisclosureFile } from '../../packages/app/src/index';
import { loadClassificationCatalogue, loadSmallDepartment, SAMPLE_001, SMALL_DEPARTMENT } from './load-disclosure';


let small: DepartmentBudget;
let catalogue: ClassificationCatalogue | null;
beforeAll(async () => {
  small = loadSmallDepartment();
  ({ catalogue } = await loadClassificationCatalogue(2024));
});

/**
 * The small department with 10,000.00 元 上年结转 (一般公共预算 money carried over into 经办窗口服务提升)
 * and a department target whose tasks include the 5,000.00 元 事业收入 and the carried-over money.
 */
function withCarryover(budget: DepartmentBudget): DepartmentBudget {
  const carry = { ...budget.lines.find((l) => l.id === 'L27')!, id: 'L30', source: 'priorCarryover' as const, amount: 1_000_000, priorAmount: null, changeReason: null };
  const target = budget.departmentTarget!;
  return {
    ...budget,
    lines: [...budget.lines, carry],
    projectTargets: budget.projectTargets.map((t) => (t.projectName === '经办窗口服务提升' ? { ...t, total: t.total + 1_000_000, other: 1_000_000 } : t)),
    departmentTarget: {
      ...target,
      tasks: target.tasks.map((t) =>
        t.name === '保障机构正常运转' ? { ...t, total: t.total + 500_000, other: 500_000 } : t.name === '经办窗口服务提升' ? { ...t, total: t.total + 1_000_000, other: 1_000_000 } : t,
      ),
    },
  };
}

describe('checks with 上年结转 and non-fiscal money', () => {
  it('the small department with a 上年结转 line and a department target including 事业收入 checks clean', () => {
    const findings = checkDepartmentBudget(withCarryover(small), { catalogue });
    expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('with 上年结转 as the only money beyond 财政拨款 (no 事业收入) 表4 is not compared item by item with 表1, and it checks clean', () => {
    const b = withCarryover(small);
    const target = b.departmentTarget!;
    const fiscalOnly = {
      ...b,
      lines: b.lines.filter((l) => l.source !== 'institutionIncome'),
      departmentTarget: { ...target, tasks: target.tasks.map((t) => (t.name === '保障机构正常运转' ? { ...t, total: t.total - 500_000, other: null } : t)) },
    };
    expect(checkDepartmentBudget(fiscalOnly, { catalogue }).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it('still finds a department target that does not add up to the budget (10,000.00 元 short)', () => {
    const b = withCarryover(small);
    const target = b.departmentTarget!;
    const broken = { ...b, departmentTarget: { ...target, tasks: target.tasks.map((t) => (t.name === '经办窗口服务提升' ? { ...t, total: t.total - 1_000_000, other: null } : t)) } };
    const findings = checkDepartmentBudget(broken, { catalogue }).filter((f) => f.rule === 'project-targets');
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/^表15金额合计 201\.40 万元与表1支出总计 202\.40 万元、表5一般公共预算支出 200\.90 万元均不一致/)]);
  });

  it('still finds a carried-over project line whose project target leaves it out', () => {
    const b = withCarryover(small);
    const broken = { ...b, projectTargets: b.projectTargets.map((t) => (t.projectName === '经办窗口服务提升' ? { ...t, total: t.total - 1_000_000, other: null } : t)) };
    const messages = checkDepartmentBudget(broken, { catalogue }).map((f) => f.message);
    expect(messages).toContain('表10专项业务经费合计 350,000.00 元与表14各项目绩效目标表资金之和 34.00 万元不一致');
  });
});

describe('表16 专项资金总体绩效目标表', () => {
  const fund = { name: '医保基金监管专项资金', department: null, functionCode: '2101502', amount: 22_000_000, projectNames: ['医保基金监管专项'], purpose: '守住医保基金安全底线', management: '按《医疗保障基金监管专项资金管理办法》专款专用，按进度拨付' };

  it('is generated from the budget’s special funds, 财政拨款 from the named lines, and checks clean', () => {
    const b = { ...withCarryover(small), specialFunds: [fund] };
    const t16 = generateDisclosure(b, { template: 'shaanxi-16', catalogue }).tables.find((t) => t.id === '表16')!;
    expect(t16.empty).toBe(false);
    expect(t16.emptyNote).toBeNull();
    const cells = t16.rows.map((r) => r.cells.map((c) => (c === null ? null : typeof c === 'object' && 'fen' in c ? c.fen : c)));
    expect(cells.slice(0, 9)).toEqual([
      ['项目名称', null, null, '医保基金监管专项资金', null, null],
      ['主管部门', null, null, '示范县医疗保障局', null, null],
      ['功能科目', null, null, '2101502 一般行政管理事务', null, null],
      ['资金金额 (万元)', null, null, '实施期资金总额:', 22_000_000, null],
      [null, null, null, '其中: 财政拨款', 22_000_000, null],
      [null, null, null, '其他资金', null, null],
      ['使用项目', null, null, '医保基金监管专项', null, null],
      ['总体目标', '守住医保基金安全底线', null, null, null, null],
      ['管理措施', fund.management, null, null, null, null],
    ]);
    expect(checkDepartmentBudget(b, { catalogue }).map((f) => f.message)).toEqual([]);
  });

  it('fills 「其中：专项资金列入部门预算的项目」 in 表1, 表2 and 表4 from the fund’s 一般公共预算 lines, and leaves it empty without a fund', () => {
    const cell = (c: unknown) => (c === null ? null : typeof c === 'object' && c !== null && 'fen' in c ? (c as { fen: number }).fen : c);
    const tables = (b: DepartmentBudget) => generateDisclosure(b, { template: 'shaanxi-16', catalogue }).tables;
    const rowAfterLabel = (t: { rows: readonly { cells: readonly unknown[] }[] }) => t.rows.map((r) => r.cells.map(cell)).find((r) => r[0] === '其中：专项资金列入部门预算的项目')!;
    const withFund = tables({ ...small, specialFunds: [fund] });
    const fundLines = small.lines.filter((l) => l.source === 'generalBudget' && l.projectName === '医保基金监管专项').reduce((a, l) => a + l.amount, 0);
    expect(fundLines).toBe(22_000_000);
    for (const id of ['表1', '表4']) expect(rowAfterLabel(withFund.find((t) => t.id === id)!)[1]).toBe(22_000_000);
    const t2 = withFund.find((t) => t.id === '表2')!;
    const column = t2.fields.findIndex((f) => f.key === 'specialFunds');
    const values = t2.rows.map((r) => cell(r.cells[column]));
    expect(values[0]).toBe(22_000_000); // 合计
    expect(t2.rows.filter((r) => r.role === 'item').reduce((a, r) => a + ((cell(r.cells[column]) as number | null) ?? 0), 0)).toBe(22_000_000);
    const without = tables(small);
    for (const id of ['表1', '表4']) expect(rowAfterLabel(without.find((t) => t.id === id)!)[1]).toBeNull();
    expect(without.find((t) => t.id === '表2')!.rows.map((r) => r.cells[column])).toEqual(without.find((t) => t.id === '表2')!.rows.map(() => null));
  });

  it('finds a fund whose amount is not its project lines, and a project it names that has no lines', () => {
    const b = { ...small, specialFunds: [{ ...fund, amount: 23_000_000, projectNames: ['医保基金监管专项', '不存在的项目'] }] };
    expect(checkDepartmentBudget(b, { catalogue }).filter((f) => f.rule === 'special-funds').map((f) => f.message)).toEqual([
      '专项资金“医保基金监管专项资金”列出的项目“不存在的项目”没有专项业务经费预算行',
      '专项资金“医保基金监管专项资金”资金总额 23.00 万元与其项目预算行合计 22.00 万元不一致',
    ]);
  });

  it('parses specialFunds with JSON paths for bad entries', () => {
    expect(parseDepartmentBudget({ ...JSON.parse(readFileSync(SMALL_DEPARTMENT, 'utf8')), specialFunds: [{ name: 'x', functionCode: '2101502', amount: 1.5, projectNames: 'a' }] }).errors).toEqual([
      'specialFunds[0].amount 应为整数（分）',
      'specialFunds[0].projectNames 应为项目名称的数组',
    ]);
  });
});

describe('表16 read back with budgetFromDisclosure', () => {
  it('the special fund comes back whole (name, 功能科目, exact amount from its project lines, projects, purpose, management), not as a 表14 target', () => {
    const fund = { name: '医保基金监管专项资金', department: null, functionCode: '2101502', amount: 22_000_000, projectNames: ['医保基金监管专项'], purpose: '守住医保基金安全底线', management: '专款专用，按进度拨付' };
    const text = renderDisclosureText(generateDisclosure({ ...small, specialFunds: [fund] }, { template: 'shaanxi-16', catalogue }));
    const rows = splitTextRows(text);
    const imported = recognizeDocument({ format: 'txt', rows, issues: [] }, { file: 'x.txt' });
    const { budget } = budgetFromDisclosure(readDisclosure(rows, { targets: imported }), imported);
    expect(budget.specialFunds).toEqual([fund]);
    expect(budget.projectTargets.map((t) => t.projectName)).toEqual(small.projectTargets.map((t) => t.projectName));
  });

  it('001 prints 表16 empty (不涉及): no special funds', async () => {
    const { budget } = await readBudgetFromDisclosureFile(new Uint8Array(readFileSync(SAMPLE_001)), SAMPLE_001.pathname);
    expect(budget.specialFunds).toEqual([]);
    expect(budget.emptyTableNotes['表16']).toBe('不涉及');
  });
});
