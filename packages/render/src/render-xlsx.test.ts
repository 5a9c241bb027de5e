import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildDepartmentView, buildProjectViews } from '@jixiao/core';
import { renderBatchXlsx, renderXlsx } from './render-xlsx';
import { JIXIAO_SHEET } from './jixiao-sheet';
import { toSafeSheetName } from './safe-sheet-name';
import { toSafeCsvField } from './to-safe-csv-field';
import { renderCsv } from './render-csv';
import { ALL_PROJECTS, HOSTILE_PROJECT, LIANHU_001, MENYUAN_003, PROPAGANDA_000, RESIDENTS_002, DISPATCH_004 } from './test-fixtures';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe('renderXlsx', () => {
  it.each([
    ['declaration-000', [PROPAGANDA_000], 6],
    ['target-table-002', [RESIDENTS_002], 9],
    ['target-table-004', [DISPATCH_004], 7],
    ['disclosure-list-003', MENYUAN_003, 5],
  ] as const)('%s: merges, widths, borders, wrap and A4 print setup', async (layout, projects, columns) => {
    const wb = await load(await renderXlsx(buildProjectViews(layout, projects)));
    const ws = wb.worksheets.find((w) => w.name !== JIXIAO_SHEET)!;
    expect(ws.columns.length).toBe(columns);
    for (const c of ws.columns) expect(c.width).toBeGreaterThan(5);
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges.length).toBeGreaterThan(layout === 'disclosure-list-003' ? 1 : 10);
    expect(merges[0]).toBe(`A1:${String.fromCharCode(64 + columns)}1`);
    expect(ws.pageSetup.paperSize).toBe(9);
    let found = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        for (const p of projects) for (const i of p.indicators) if (cell.value === i.targetText || String(cell.value).includes(i.name)) found++;
      }),
    );
    expect(found).toBeGreaterThan(0);
    const label = ws.getCell(ws.getColumn(1).values.findIndex((v) => typeof v === 'string' && /项目名称|单位编码|项目编码/.test(v)), 1);
    expect(label.border?.top?.style).toBe('thin');
    expect(label.alignment?.wrapText).toBe(true);
  });

  it('declaration-000 merges 一级/二级 cells and 绩效指标 down the grid, with print titles', async () => {
    const wb = await load(await renderXlsx(buildProjectViews('declaration-000', [PROPAGANDA_000])));
    const ws = wb.getWorksheet('医疗保障政策宣传费')!;
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    const gridHead = ws.getColumn(2).values.findIndex((v) => v === '一级指标');
    expect(merges).toContain(`A${gridHead}:A${gridHead + 19}`);
    expect(merges).toContain(`C${gridHead + 1}:C${gridHead + 4}`); // 数量指标（必填） over 4 indicators
    expect(ws.getCell(`C${gridHead + 1}`).value).toBe('数量指标（必填）');
    expect(ws.pageSetup.printTitlesRow).toBe(`${gridHead}:${gridHead}`);
  });

  it('writes formula-like text as plain strings, never formulas', async () => {
    const bytes = await renderXlsx(buildProjectViews('declaration-000', [HOSTILE_PROJECT]));
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toContain('<f>');
    const ws = (await load(bytes)).worksheets[0]!;
    const values: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toContain('=1+1');
    expect(values).toContain('+SUM(1,2)\n@cmd|\' /C calc\'!A0\n-2+3');
    for (const v of values) expect(typeof v === 'string' || typeof v === 'number').toBe(true);
  });

  it('batch: a 汇总 sheet with totals first, unique safe sheet names, a very hidden _jixiao sheet', async () => {
    const projects = [...ALL_PROJECTS, { ...PROPAGANDA_000, name: '医疗保障政策宣传费' }, { ...DISPATCH_004, name: '[2024]关于*医保/信息?化:建设\\项目的超长名称超长名称超长名称' }];
    const wb = await load(await renderBatchXlsx(projects, 'declaration-000', { refs: projects.map((_p, i) => ({ id: `p${i}`, version: 1 })) }));
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('汇总');
    expect(names).toContain('医疗保障政策宣传费(2)');
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names).size).toBe(names.length);
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.getRow(2).values).toEqual([undefined, '序号', '单位', '项目名称', '项目编码', '资金总额（万元）', '指标数']);
    const totalRow = summary.getRow(3 + projects.length);
    expect(totalRow.getCell(1).value).toBe('合计');
    expect(totalRow.getCell(6).value).toBe(projects.reduce((n, p) => n + p.indicators.length, 0));
    const hidden = wb.getWorksheet(JIXIAO_SHEET)!;
    expect(hidden.state).toBe('veryHidden');
    expect(hidden.getCell(3, 2).value).toBe('p0');
  });

  it('stores a project JSON longer than one cell over several cells', async () => {
    const long = { ...PROPAGANDA_000, goals: [`${'长'.repeat(40_000)}`, '目标2'] };
    const wb = await load(await renderXlsx(buildProjectViews('declaration-000', [long])));
    const hidden = wb.getWorksheet(JIXIAO_SHEET)!;
    expect(Number(hidden.getCell(3, 7).value)).toBe(2);
    expect(String(hidden.getCell(3, 9).value).length).toBeGreaterThan(0);
  });

  it('department-target-001 renders to a sheet', async () => {
    const wb = await load(await renderXlsx(buildDepartmentView(LIANHU_001)));
    expect(wb.worksheets[0]!.name).toBe('西安市莲湖区医疗保障局');
  });
});

describe('spreadsheet safety helpers', () => {
  it('toSafeCsvField prefixes formula-like text and quotes', () => {
    expect(toSafeCsvField('=1+1')).toBe("'=1+1");
    expect(toSafeCsvField('+SUM(A1)')).toBe("'+SUM(A1)");
    expect(toSafeCsvField('-2')).toBe("'-2");
    expect(toSafeCsvField('@cmd')).toBe("'@cmd");
    expect(toSafeCsvField('\tx')).toBe("'\tx");
    expect(toSafeCsvField('\rx')).toBe('"\'\rx"');
    expect(toSafeCsvField('a,"b"')).toBe('"a,""b"""');
    expect(toSafeCsvField(-2)).toBe('-2');
    expect(toSafeCsvField(null)).toBe('');
  });

  it('renderCsv defuses formulas in every cell', () => {
    const csv = renderCsv(buildProjectViews('declaration-000', [HOSTILE_PROJECT])[0]!);
    expect(csv).toContain("'=1+1");
    expect(csv).not.toMatch(/(^|,)=/m);
  });

  it('toSafeSheetName strips forbidden characters and keeps names unique and short', () => {
    const taken = new Set<string>();
    expect(toSafeSheetName('a/b:c*d?e[f]g\\h', taken)).toBe('a_b_c_d_e_f_g_h');
    const long = '一'.repeat(40);
    expect(toSafeSheetName(long, taken)).toHaveLength(31);
    expect(toSafeSheetName(long, taken)).toBe(`${'一'.repeat(28)}(2)`);
  });
});
