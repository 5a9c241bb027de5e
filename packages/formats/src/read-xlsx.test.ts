import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCellValue, formatNumber } from './format-cell-value';
import { readXlsx } from './read-xlsx';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url));

describe('readXlsx', () => {
  it('reads every visible sheet in order and skips hidden ones', async () => {
    const doc = await readXlsx(fixture('002-target-table.xlsx'));
    expect(doc.format).toBe('xlsx');
    expect(doc.issues).toEqual([]);
    expect(doc.rows).toHaveLength(36);
    const sheets = [...new Set(doc.rows.map((r) => r.loc.cell?.split('!')[0]))];
    expect(sheets).toEqual(['全民参保及医疗服务', '城乡居民医保配套']);
    expect(doc.rows.flatMap((r) => r.cells).join('')).not.toContain('隐藏');
  });

  it('gives merged ranges their text in the master cell and "" elsewhere', async () => {
    const doc = await readXlsx(fixture('002-target-table.xlsx'));
    const byCell = new Map(doc.rows.map((r) => [r.loc.cell, r.cells]));
    expect(byCell.get('全民参保及医疗服务!A4')).toEqual([
      '项目名称', '', '巴财社[2022]105号关于提前下达2023年自治区财政全民参保及医疗服务补助资金', '', '', '', '项目负责人', '', '张光学',
    ]);
    expect(byCell.get('全民参保及医疗服务!A8')?.slice(0, 4)).toEqual(['产出指标', '数量指标', '基本医疗保险参保人数', '>=48.10万人']);
    expect(byCell.get('全民参保及医疗服务!A9')?.slice(0, 3)).toEqual(['', '', '生育保险参保人数']);
    expect(byCell.get('全民参保及医疗服务!A6')?.[2]).toContain('\n目标2');
  });

  it('shows numbers, percents, formulas, rich text and dates as displayed', async () => {
    const doc = await readXlsx(fixture('002-target-table.xlsx'));
    const byCell = new Map(doc.rows.map((r) => [r.loc.cell, r.cells]));
    expect(byCell.get('城乡居民医保配套!A5')).toEqual(['项目资金(万元)', '', '年度预算总额:', '6118.23', '其中:财政拨款', '6000', '其他资金:', '118.23']);
    expect(byCell.get('全民参保及医疗服务!A10')?.[5]).toBe('100%');
    expect(byCell.get('全民参保及医疗服务!A21')).toEqual(['填报日期', '2023-01-15']);
  });

  it('reads the self-evaluation form without float artefacts', async () => {
    const doc = await readXlsx(fixture('self-evaluation.xlsx'));
    const byCell = new Map(doc.rows.map((r) => [r.loc.cell, r.cells]));
    expect(byCell.get('自评表!A6')).toEqual(['', '', '年度资金总额', '15', '15', '14.25', '10', '95%', '9.5']);
    expect(byCell.get('自评表!A13')?.slice(3, 8)).toEqual(['办公大楼用电量', '≥200000度', '198000度', '6', '5.94']);
    expect(byCell.get('自评表!A24')).toEqual(['总分', '', '', '', '', '', '100', '99.44']);
  });

  it('refuses hostile containers before unpacking them', async () => {
    expect((await readXlsx(fixture('zip-bomb.xlsx'))).issues.map((i) => i.code)).toEqual(['zip-bomb']);
    expect((await readXlsx(fixture('xml-entities.xlsx'))).issues.map((i) => i.code)).toEqual(['xml-entities']);
  });

  it('cuts at maxRows with a truncated issue', async () => {
    const doc = await readXlsx(fixture('002-target-table.xlsx'), { maxRows: 10 });
    expect(doc.rows).toHaveLength(10);
    expect(doc.issues.map((i) => i.code)).toEqual(['truncated']);
  });
});

describe('formatCellValue', () => {
  it('formats numbers by their number format', () => {
    expect(formatNumber(7.550000000000001, '')).toBe('7.55');
    expect(formatNumber(7.550000000001, 'General')).toBe('7.55');
    expect(formatNumber(0.955, '0%')).toBe('96%');
    expect(formatNumber(0.95, '0.00%')).toBe('95.00%');
    expect(formatNumber(5142114.94, '#,##0.00')).toBe('5,142,114.94');
    expect(formatNumber(17.2, '0.00')).toBe('17.20');
    expect(formatNumber(1234.5, '#,##0.0#;[Red]-#,##0.0#')).toBe('1,234.5');
    expect(formatNumber(1234, '#,##0.0#')).toBe('1,234.0');
    expect(formatNumber(20240115, '@')).toBe('20240115');
  });

  it('formats other value kinds', () => {
    expect(formatCellValue({ value: { richText: [{ text: '其中:' }, { text: '财政拨款' }] } })).toBe('其中:财政拨款');
    expect(formatCellValue({ value: { formula: 'A1/3', result: 2.3333333333333335 } })).toBe('2.33333333333');
    expect(formatCellValue({ value: { formula: 'A1/0', result: { error: '#DIV/0!' } } })).toBe('#DIV/0!');
    expect(formatCellValue({ value: { text: '链接', hyperlink: 'http://example.org' } })).toBe('链接');
    expect(formatCellValue({ value: new Date(Date.UTC(2024, 11, 31)) })).toBe('2024-12-31');
    expect(formatCellValue({ value: 'a\r\nb' })).toBe('a\nb');
    expect(formatCellValue({ value: null })).toBe('');
  });
});
