import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildProjectViews, type LayoutId, type Project } from '@jixiao/core';
import { renderBatchXlsx, renderXlsx } from './render-xlsx';
import { readJixiaoWorkbook } from './read-jixiao-workbook';
import { ALL_PROJECTS, CAPACITY_000, DISPATCH_004, MENYUAN_003, PARTY_000, PROPAGANDA_000, RESIDENTS_002 } from './test-fixtures';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function findCell(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => row.eachCell((c) => (found ??= c.value === text ? c : undefined)));
  if (!found) throw new Error(`no cell ${text}`);
  return found;
}

/** Inserts a row the way Excel does: rows below move down, merged ranges crossing the row grow. */
function insertRowLikeExcel(ws: ExcelJS.Worksheet, at: number, values: (string | null)[]): void {
  const merges = [...(ws.model as unknown as { merges: string[] }).merges];
  for (const m of merges) ws.unMergeCells(m);
  ws.spliceRows(at, 0, values);
  for (const m of merges) {
    const [, c1, r1, c2, r2] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m)!;
    let top = Number(r1);
    let bottom = Number(r2);
    if (top >= at) top++;
    if (bottom >= at) bottom++;
    ws.mergeCells(`${c1}${top}:${c2}${bottom}`);
  }
}

describe('readJixiaoWorkbook', () => {
  it.each([
    ['declaration-000', [PROPAGANDA_000, PARTY_000, CAPACITY_000]],
    ['target-table-002', [RESIDENTS_002]],
    ['target-table-004', [DISPATCH_004, ...ALL_PROJECTS]],
  ] as const)('model → XLSX → read gives the identical model (%s)', async (layout: LayoutId, projects: readonly Project[]) => {
    const bytes = await renderBatchXlsx(projects, layout, { refs: projects.map((_p, i) => ({ id: `id-${i}`, version: i + 1 })) });
    const result = await readJixiaoWorkbook(bytes);
    expect(result.issues).toEqual([]);
    expect(result.projects.map((p) => p.project)).toEqual(projects);
    expect(result.projects.map((p) => p.changes)).toEqual(projects.map(() => []));
    expect(result.projects.map((p) => [p.id, p.version, p.layoutId])).toEqual(projects.map((_p, i) => [`id-${i}`, i + 1, layout]));
  });

  it('reads back exactly the edits a user made with a spreadsheet program', async () => {
    const wb = await load(await renderXlsx(buildProjectViews('declaration-000', [PROPAGANDA_000], { region: '拉萨市' }), { refs: [{ id: 'p-1', version: 3 }], layoutOptions: { region: '拉萨市' } }));
    const ws = wb.getWorksheet('医疗保障政策宣传费')!;
    findCell(ws, '≥90%').value = '≥95%'; // 群众满意度
    findCell(ws, '55.00').value = 58.5; // typed as a number
    const last = findCell(ws, '打击欺诈骗保行为专项行动启动仪式场'); // last 数量指标 row
    insertRowLikeExcel(ws, Number(last.row), [null, null, null, '医保政策进社区宣讲', null, '≥12场']);
    const result = await readJixiaoWorkbook(await save(wb));
    expect(result.issues).toEqual([]);
    const [read] = result.projects;
    expect(read).toMatchObject({ sheet: '医疗保障政策宣传费', id: 'p-1', version: 3, layoutId: 'declaration-000' });
    expect(read!.changes.map((c) => ({ kind: c.kind, path: c.path, label: c.label, before: c.before, after: c.after }))).toEqual([
      { kind: 'changed', path: 'funds.total', label: '年度资金总额', before: '55.00', after: '58.5' },
      { kind: 'changed', path: 'indicators[16].targetText', label: '指标值（群众满意度）', before: '≥90%', after: '≥95%' },
      { kind: 'added', path: 'indicators[3]', label: '新增指标（医保政策进社区宣讲）', before: null, after: '医保政策进社区宣讲 ≥12场' },
    ]);
    const p = read!.project;
    expect(p.funds).toEqual({ total: 58_500_000, fiscal: 55_000_000, other: 0 });
    expect(p.indicators).toHaveLength(18);
    expect(p.indicators[3]).toMatchObject({ level1: 'output', level2: 'quantity', name: '医保政策进社区宣讲', targetText: '≥12场', target: { op: '>=', value: 12, unit: '场' } });
    expect(p.indicators[4]!.name).toBe('打击欺诈骗保行为专项行动启动仪式场');
    expect(p.indicators[17]).toMatchObject({ name: '群众满意度', targetText: '≥95%' });
    const untouched = { ...p, funds: PROPAGANDA_000.funds, indicators: PROPAGANDA_000.indicators };
    expect(untouched).toEqual(PROPAGANDA_000);
  });

  it('says so when the workbook is not a Jixiao export', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '项目名称';
    const result = await readJixiaoWorkbook(await save(wb));
    expect(result.projects).toEqual([]);
    expect(result.issues[0]).toMatchObject({ code: 'not-jixiao-export', severity: 'error' });
    expect(result.issues[0]!.message).toContain('不是');
    const garbage = await readJixiaoWorkbook(new Uint8Array([1, 2, 3]));
    expect(garbage.issues[0]!.code).toBe('not-xlsx');
  });

  it('returns the stored projects of a disclosure list with a warning', async () => {
    const result = await readJixiaoWorkbook(await renderXlsx(buildProjectViews('disclosure-list-003', MENYUAN_003)));
    expect(result.projects.map((p) => p.project)).toEqual(MENYUAN_003);
    expect(result.issues[0]).toMatchObject({ code: 'layout-not-readable', severity: 'warning' });
  });
});
