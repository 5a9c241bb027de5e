import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cellFen,
  checkDepartmentBudget,
  checkDisclosure,
  readDisclosure,
  recognizeDocument,
  renderDisclosureText,
  splitTextRows,
  emptyDepartmentBudget,
  generateDisclosure,
  GENERATION_TEMPLATES,
  parseDepartmentBudget,
  type ClassificationCatalogue,
  type DepartmentBudget,
  type GeneratedDisclosure,
} from '@jixiao/core';
import { loadClassificationCatalogue } from './load-disclosure';

export const SMALL_DEPARTMENT = new URL('../../fixtures/disclosure/small-department.json', import.meta.url);

let small: DepartmentBudget;
let catalogue: ClassificationCatalogue | null;
beforeAll(async () => {
  const parsed = parseDepartmentBudget(JSON.parse(readFileSync(SMALL_DEPARTMENT, 'utf8')));
  expect(parsed.errors).toEqual([]);
  small = parsed.budget!;
  ({ catalogue } = await loadClassificationCatalogue(2024));
});

const ids = (d: GeneratedDisclosure) => d.tables.map((t) => t.id);
const table = (d: GeneratedDisclosure, id: string) => d.tables.find((t) => t.id === id)!;
const figure = (d: GeneratedDisclosure, section: string, label: RegExp) => d.narrative.figures.find((f) => f.section === section && label.test(f.label))!;

describe('generateDisclosure: every table of the template', () => {
  it('shaanxi-16 on the small department: 表1–表16, one 表14 per project target, empty ones with their 空表说明', () => {
    const d = generateDisclosure(small, { template: 'shaanxi-16', catalogue });
    expect(ids(d)).toEqual(['表1', '表2', '表3', '表4', '表5', '表6', '表7', '表8', '表9', '表10', '表11', '表12', '表13', '表14-1', '表14-2', '表15', '表16']);
    expect(d.tables.filter((t) => t.empty).map((t) => [t.id, t.emptyNote])).toEqual([
      ['表9', '本部门无政府性基金预算收入，也未使用政府性基金预算拨款安排支出，故本表为空表。'],
      ['表11', '本部门无财政拨款结转资金，故本表为空表。'],
      ['表16', '本部门无专项资金，故本表为空表。'],
    ]);
    for (const t of d.tables.filter((x) => !x.empty)) expect(t.emptyNote).toBeNull();
  });

  it('core-8 on the small department: the 8 tables of 财预〔2016〕143号, 政府性基金 empty', () => {
    const d = generateDisclosure(small, { template: 'core-8', catalogue });
    expect(d.tables.map((t) => [t.id, t.title])).toEqual(GENERATION_TEMPLATES['core-8'].tables.map((t) => [t.id, t.title]));
    expect(d.tables.filter((t) => t.empty).map((t) => t.id)).toEqual(['表8']);
    expect(table(d, '表8').emptyNote).toBe('本部门无政府性基金预算收入，也未使用政府性基金预算拨款安排支出，故本表为空表。');
  });

  it.each(['shaanxi-16', 'core-8'] as const)('%s on an empty budget: every table produced, every one empty with its note', (template) => {
    const d = generateDisclosure(emptyDepartmentBudget('示范县空白局', 2024), { template });
    expect(ids(d)).toEqual(GENERATION_TEMPLATES[template].tables.map((t) => t.id));
    for (const t of d.tables) {
      expect(t.empty, t.id).toBe(true);
      expect(t.emptyNote, t.id).toBe(GENERATION_TEMPLATES[template].tables.find((s) => s.id === t.id)!.emptyNote);
    }
  });

  it('a department’s own 空表说明 replaces the template’s', () => {
    const d = generateDisclosure({ ...small, emptyTableNotes: { 表11: '本部门2023年财政拨款已全部支出，无结转资金。' } }, { template: 'shaanxi-16', catalogue });
    expect(table(d, '表11').emptyNote).toBe('本部门2023年财政拨款已全部支出，无结转资金。');
  });
});

describe('generateDisclosure: numbers computed from the lines', () => {
  let d: GeneratedDisclosure;
  beforeAll(() => {
    d = generateDisclosure(small, { template: 'shaanxi-16', catalogue });
  });

  it('表1 balances: 收入总计 = 支出总计 = the sum of the lines (2,013,960.00 元: 一般公共预算 2,008,960.00 + 事业收入 5,000.00)', () => {
    const t1 = table(d, '表1');
    const last = t1.rows[t1.rows.length - 1]!;
    expect(last.cells.map(cellFen).filter((x) => x !== null)).toEqual([201396000, 201396000, 201396000, 201396000]);
    expect(small.lines.reduce((s, l) => s + l.amount, 0)).toBe(201396000);
    expect(t1.rows.find((r) => r.cells[0] === '3、事业收入')!.cells[1]).toEqual({ fen: 500000 });
    expect(table(d, '表5').rows[0]!.cells.map(cellFen)).toEqual([null, null, 200896000, 151740000, 15156000, 34000000, null]);
  });

  it('表3 splits by unit and kind', () => {
    const t3 = table(d, '表3');
    expect(t3.rows.map((r) => [r.cells[0], r.cells.slice(2).map(cellFen)])).toEqual([
      [null, [201396000, 167396000, 151740000, 15656000, 34000000]],
      ['418', [201396000, 167396000, 151740000, 15656000, 34000000]],
      ['418001', [143736000, 121736000, 108780000, 12956000, 22000000]],
      ['418002', [57660000, 45660000, 42960000, 2700000, 12000000]],
    ]);
  });

  it('表13 and the narrative: 三公 2.40 万元, 会议费 0.80, 培训费 1.60 with the entered reasons', () => {
    const t13 = table(d, '表13');
    expect(t13.rows[0]!.cells.slice(11, 20).map(cellFen)).toEqual([4800000, 2400000, null, 600000, 1800000, null, 1800000, 800000, 1600000]);
    expect(figure(d, 'threePublic', /三公/)).toMatchObject({ amountText: '2.40', direction: 'decrease', changeText: '0.20', rateText: '7.69', reason: '落实过紧日子要求，压减公务接待' });
    expect(figure(d, 'threePublic', /培训费/)).toMatchObject({ amountText: '1.60', direction: 'increase', changeText: '0.10', rateText: '6.67', reason: '新增医保政策业务培训1期' });
    expect(figure(d, 'threePublic', /会议费/)).toMatchObject({ amountText: '0.80', direction: 'flat' });
  });

  it('机关运行经费 counts only the administrative unit’s 公用经费 (12.96 万元, not 15.16)', () => {
    expect(figure(d, 'operatingCosts', /机关运行经费/)).toMatchObject({ amountText: '12.96', direction: 'decrease', changeText: '0.03', rateText: '0.22' });
  });

  it('政府采购 and 国有资产 in the narrative', () => {
    const procurement = d.narrative.sections.find((s) => s.key === 'procurement')!.paragraphs[0]!;
    expect(procurement).toContain('政府采购预算共18.00万元，其中政府采购货物类预算3.00万元、政府采购服务类预算15.00万元、政府采购工程类预算0.00万元');
    const assets = d.narrative.sections.find((s) => s.key === 'assets')!.paragraphs[0]!;
    expect(assets).toBe('截止上年底，本部门所属预算单位共有车辆2辆，单价20万元以上的设备1台（套）。当年部门预算安排购置车辆0辆；安排购置单价20万元以上的设备0台（套）。');
  });

  it('the narrative’s headings are numbered 一 to 十 without a gap, as 001 prints them', () => {
    const numbered = d.narrative.sections.map((s) => s.title).filter((t) => /^[一二三四五六七八九十]+、/.test(t)).map((t) => t.split('、')[0]);
    expect(numbered).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一']);
    expect(d.narrative.sections.find((s) => s.title === '五、收支说明')!.part).toBe('第二部分 收支情况');
  });

  it('a new item without a prior-year base is 不可比 with its reason', () => {
    expect(figure(d, 'general', /资本性支出/)).toMatchObject({ code: '310', amountText: '8.00', direction: 'incomparable', reason: '新增医保基金智能监控规则库软件，新增窗口自助服务终端' });
  });
});

describe('checkDepartmentBudget', () => {
  it('passes the small department clean, 事业收入 included (表1 covers more than the 一般公共预算 tables)', () => {
    expect(checkDepartmentBudget(small, { catalogue })).toEqual([]);
    expect(checkDepartmentBudget(small, { template: 'core-8', catalogue })).toEqual([]);
  });

  it('finds a training list that does not add up, a change without a reason and a target that does not match its lines', () => {
    const broken: DepartmentBudget = {
      ...small,
      trainings: [{ ...small.trainings[0]!, amount: 1300000 }, small.trainings[1]!],
      lines: small.lines.map((l) => (l.id === 'L2' ? { ...l, changeReason: null } : l)),
      projectTargets: [{ ...small.projectTargets[0]!, total: 21000000 }, small.projectTargets[1]!],
    };
    const findings = checkDepartmentBudget(broken, { catalogue });
    const rules = findings.map((f) => [f.rule, f.severity, f.blocking]);
    expect(rules).toContainEqual(['three-public-sum', 'error', true]);
    expect(rules).toContainEqual(['yoy-reason', 'error', true]);
    expect(findings.filter((f) => f.rule === 'project-targets').map((f) => f.message)).toContain('绩效目标“医保基金监管专项”资金总额 21.00 万元与其预算行合计 22.00 万元不一致');
    expect(findings.find((f) => f.rule === 'yoy-reason' && f.evidence.line === 'L2')!.message).toBe('预算行 L2（2101501 / 30102）较上年增加 1.20 万元，未填写变化原因');
  });
});

describe('checkDisclosure on a department with 事业收入', () => {
  const check = (text: string, catalogue: ClassificationCatalogue | null) => {
    const rows = splitTextRows(text);
    return checkDisclosure(readDisclosure(rows, { targets: recognizeDocument({ format: 'txt', rows, issues: [] }, { file: 'x.txt' }) }), { catalogue });
  };

  it('still finds a 表1 class smaller than 表5, and an excess that is not the other money', () => {
    const text = renderDisclosureText(generateDisclosure(small, { template: 'shaanxi-16', catalogue }));
    // the text alone cannot tell the 事业单位 from the 机关, so its 机关运行经费 check only warns (checkDepartmentBudget knows the units)
    expect(check(text, catalogue).map((f) => [f.rule, f.severity])).toEqual([['operating-costs', 'warning']]);
    const shifted = text.replace('10、卫生健康支出\t1,695,960.00', '10、卫生健康支出\t1,685,960.00').replace('8、社会保障和就业支出\t182,400.00', '8、社会保障和就业支出\t192,400.00');
    expect(shifted).not.toBe(text);
    const findings = check(shifted, catalogue).filter((f) => f.rule === 'same-code-amount');
    // 10,000.00 moved from 210 to 208: the total excess is still the 5,000.00 事业收入, but 210 falls below 表5 and 208 exceeds it by more than that money
    expect(findings.map((f) => f.message)).toEqual(['208 社会保障和就业支出：表1列 192,400.00 元，表5列 182,400.00 元', '210 卫生健康支出：表1列 1,685,960.00 元，表5列 1,690,960.00 元']);
    const moved = text.replace('10、卫生健康支出\t1,695,960.00', '10、卫生健康支出\t1,692,960.00').replace('8、社会保障和就业支出\t182,400.00', '8、社会保障和就业支出\t185,400.00');
    // 3,000.00 moved: both classes still cover 表5 within the other money — a layout the tables alone cannot refute
    expect(check(moved, catalogue).filter((f) => f.rule === 'same-code-amount')).toEqual([]);
    const excess = text.replace('8、社会保障和就业支出\t182,400.00', '8、社会保障和就业支出\t192,400.00');
    expect(check(excess, catalogue).filter((f) => f.rule === 'same-code-amount').map((f) => f.message)).toEqual(['表1各功能类级科目比表5多出 15,000.00 元，而表1一般公共预算以外的资金为 5,000.00 元', '208 社会保障和就业支出：表1列 192,400.00 元，表5列 182,400.00 元']);
  });
});

describe('a project paid partly from 事业收入', () => {
  it('表10 lists all its money, 表5 and the narrative’s 一般公共预算 figure only the fiscal part — no finding for that', () => {
    const target = small.projectTargets[1]!;
    const budget: DepartmentBudget = {
      ...small,
      lines: [...small.lines, { ...small.lines.find((l) => l.projectName === target.projectName)!, id: 'LX', source: 'institutionIncome', amount: 1000000, priorAmount: null, changeReason: null }],
      projectTargets: [small.projectTargets[0]!, { ...target, total: 13000000, other: 1000000 }],
    };
    const d = generateDisclosure(budget, { template: 'shaanxi-16', catalogue });
    expect(cellFen(table(d, '表10').rows[0]!.cells[2]!)).toBe(35000000);
    expect(cellFen(table(d, '表5').rows[0]!.cells[5]!)).toBe(34000000);
    const findings = checkDepartmentBudget(budget, { catalogue });
    expect(findings.filter((f) => f.tables.includes('表10') || f.rule === 'narrative-vs-table')).toEqual([]);
  });
});

describe('parseDepartmentBudget', () => {
  it('names every problem with its JSON path, in Chinese', () => {
    const value = JSON.parse(readFileSync(SMALL_DEPARTMENT, 'utf8')) as Record<string, unknown> & { lines: Record<string, unknown>[] };
    value.fiscalYear = '2024';
    value.lines[2] = { ...value.lines[2], amount: 12.5, source: 'bank' };
    const { budget, errors } = parseDepartmentBudget(value);
    expect(budget).toBeNull();
    expect(errors).toEqual(['fiscalYear（预算年度）应为 2000–2100 的整数', 'lines[2].source 应为 generalBudget/governmentFund/stateCapital/fiscalSpecialAccount/institutionIncome/institutionOperating/superiorSubsidy/subordinateRemit/otherIncome/priorCarryover', 'lines[2].amount 应为整数（分）']);
  });
});
