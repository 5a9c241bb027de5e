import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decimalToFen } from '@jixiao/core';
import type { Disclosure, ProjectNode } from '@jixiao/core';
import { loadChecked, SAMPLE_001 } from './load-disclosure';

let d: Disclosure;
const source = readFileSync(SAMPLE_001, 'utf8').split('\n');

beforeAll(async () => {
  const result = await loadChecked(SAMPLE_001);
  d = result.disclosure!;
});

/** Every 元 amount printed in a table's lines of the source, as fen, sorted. */
function sourceAmounts(id: string): number[] {
  const t = d.tables.find((x) => x.id === id)!;
  return source
    .slice(t.startLine - 1, t.endLine)
    .flatMap((line) => line.split('\t'))
    .map((c) => c.trim())
    .filter((c) => /^-?[\d,]+\.\d{2}$/.test(c))
    .map((c) => decimalToFen(c, 'yuan')!)
    .sort((a, b) => a - b);
}

const sorted = (xs: readonly (number | null | undefined)[]): number[] => xs.filter((x): x is number => x != null).sort((a, b) => a - b);
const nodes = (ns: readonly ProjectNode[]): ProjectNode[] => ns.flatMap((n) => [n, ...nodes(n.children)]);

describe('readDisclosure on 001: the numbers read equal the source tables', () => {
  it('finds the printed tables and the 报表目录', () => {
    expect(d.tables.map((t) => t.id)).toEqual(['表1', '表3', '表4', '表5', '表6', '表7', '表8', '表9', '表10', '表12', '表13', '表14-1', '表14-2', '表14-3', '表14-4', '表14-5', '表15', '表16']);
    expect(d.tables.find((t) => t.id === '表15')!.numbered).toBe(false);
    expect(d.catalogue).toHaveLength(16);
    expect(d.catalogue.filter((c) => c.empty).map((c) => [c.id, c.emptyReason])).toEqual([['表9', '不涉及'], ['表11', '不涉及'], ['表16', '不涉及']]);
    expect(d.department).toBe('西安市莲湖区医疗保障局（汇总）');
    expect(d.fiscalYear).toBe(2024);
    expect(d.readProblems).toEqual([]);
  });

  it.each(['表1', '表4'])('%s 收支总表: every amount', (id) => {
    const s = id === '表1' ? d.summary : d.fiscalSummary;
    expect(sorted(s!.items.map((i) => i.amount))).toEqual(sourceAmounts(id));
    expect(s!.items.find((i) => i.label === '教育支出')!.amount).toBe(336000);
    expect(s!.items.find((i) => i.label === '卫生健康支出')!.amount).toBe(467489532);
  });

  it('表3 by unit', () => {
    expect(sorted(d.expenditure!.rows.flatMap((r) => Object.values(r.amounts)))).toEqual(sourceAmounts('表3'));
    expect(d.units).toEqual([{ code: '317001', name: '西安市莲湖区医疗保障局' }]);
  });

  it.each([
    ['表5', 'generalFunction'],
    ['表6', 'generalEconomic'],
    ['表7', 'basicFunction'],
    ['表8', 'basicEconomic'],
  ] as const)('%s classification rows', (id, key) => {
    const t = d[key]!;
    expect(sorted(t.rows.flatMap((r) => [r.total, r.personnel, r.publicUse, r.project]))).toEqual(sourceAmounts(id));
  });

  it('表5 function rows and 表6 economic pairs', () => {
    expect(d.generalFunction!.rows.map((r) => [r.code, r.total])).toEqual([
      [null, 514211494],
      ['208', 24442127],
      ['20805', 24442127],
      ['2080505', 24442127],
      ['210', 467825532],
      ['21011', 113436088],
      ['2101101', 7788666],
      ['2101103', 105647422],
      ['21015', 354389444],
      ['2101501', 215389444],
      ['2101504', 20000000],
      ['2101506', 119000000],
      ['221', 21943835],
      ['22102', 21943835],
      ['2210201', 21943835],
    ]);
    const e = d.generalEconomic!.rows.find((r) => r.code === '30239')!;
    expect([e.govCode, e.total, e.personnel, e.publicUse, e.project]).toEqual(['50201', 11433000, 11433000, null, null]);
    expect(d.lines.filter((l) => l.table === '表5').map((l) => [l.functionCode, l.kind, l.amount])).toContainEqual(['2101103', 'project', 100000000]);
  });

  it('表10 as a tree whose sums close', () => {
    const p = d.projects!;
    expect(p.treeCloses).toBe(true);
    const all = [p.total!.amount, ...nodes(p.units).map((n) => n.amount)];
    expect(sorted(all)).toEqual(sourceAmounts('表10'));
    const unit = p.units.find((u) => u.unitCode === '317001')!;
    expect(unit.children[0]!.name).toBe('专用项目');
    expect(unit.children[0]!.children.map((c) => [c.name, c.amount, c.children.map((x) => x.name)])).toEqual([
      ['财政补助公务员医疗', 100000000, ['公务员医疗救助']],
      ['基金监管创新建设', 20000000, ['医保信息化建设']],
      ['医保档案管理', 20000000, ['医保档案管理']],
      ['医疗保险经办机构经费', 99000000, ['医保工作经费补助', '医疗保险经办机构经费']],
    ]);
  });

  it('表12 procurement rows', () => {
    expect(sorted(d.procurement!.map((r) => r.amount))).toEqual(sourceAmounts('表12'));
    expect(d.procurement!.filter((r) => r.role === 'item').map((r) => [r.functionCode, r.catalogueCode, r.kind, r.quantity, r.deptEconomicCode, r.govEconomicCode, r.amount])).toEqual([
      ['2101504', 'C17990000', 'services', 151, '30227', '50205', 15220800],
      ['2101506', 'C16070400', 'services', 1, '30227', '50205', 13250000],
    ]);
    expect(d.procurement!.find((r) => r.role === 'total')).toMatchObject({ quantity: 152, amount: 28470800 });
  });

  it('表13 as printed (values matched to the header leaves in order)', () => {
    const row = d.threePublic![0]!;
    expect(sorted([...Object.values(row.prior!), ...Object.values(row.current!)])).toEqual(sourceAmounts('表13'));
    expect(row.prior!.total).toBe(384000);
    expect(row.current).toMatchObject({ total: null, threePublic: 384000, overseasTravel: 336000, training: null });
  });

  it('takes the target tables from the importer', () => {
    expect(d.performance.projects.map((p) => [p.name, p.table, p.total])).toEqual([
      ['公务员医疗救助', '表14-1', 100000000],
      ['医保档案管理', '表14-2', 20000000],
      ['医保工作经费补助', '表14-3', 30000000],
      ['医保信息化建设', '表14-4', 20000000],
      ['医疗保险经办中心经费', '表14-5', 69000000],
    ]);
    expect(d.performance.departmentTotal).toBe(514210000);
    expect(d.performance.tasks.map((t) => t.amount)).toEqual([265900000, 9310000, 20000000, 100000000, 20000000, 69000000, 30000000]);
  });
});
