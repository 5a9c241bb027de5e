import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupPdfLines } from './group-pdf-lines';
import { readPdf } from './read-pdf';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url));
const nfkc = (cells: readonly string[]): string[] => cells.map((c) => c.normalize('NFKC'));

describe('readPdf', () => {
  it('rebuilds lines and cells of the Chromium-printed 002 table', async () => {
    const doc = await readPdf(fixture('002-target-table.pdf'));
    expect(doc.format).toBe('pdf');
    expect(doc.issues).toEqual([]);
    expect(new Set(doc.rows.map((r) => r.loc.page))).toEqual(new Set([1, 2]));
    expect(doc.rows[0]).toMatchObject({ loc: { page: 1, line: 1 } });
    expect(nfkc(doc.rows[0]?.cells ?? [])).toEqual(['项目支出绩效目标表']);
    const lines = doc.rows.map((r) => nfkc(r.cells));
    expect(lines).toContainEqual(['一级指标', '二级指标', '三级指标', '指标值', '指标值设置依据', '上年完成值', '指标分值权重', '指标赋分规则', '佐证资料']);
    expect(lines).toContainEqual(['项目资金(万元)', '年度预算总额:', '7.5', '其中:财政拨款', '7.5', '其他资金:', '0']);
    expect(lines).toContainEqual(['基本医疗保险参保人数', '>=48.10万人', '历史标准', '48.10万人', '5', '按照正常比例赋分', '工作资料']);
    expect(lines).toContainEqual(['成本指标', '城乡居民医疗保险筹资标准', '≤197.36元/人/年', '预算支出标准', '183.66元/人/年', '20', '按照正常比例赋分', '原始凭证']);
  });

  it('folds the radical look-alikes of the text layer back to ideographs', async () => {
    const doc = await readPdf(fixture('002-target-table.pdf'));
    const text = doc.rows.flatMap((r) => r.cells).join('\n');
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/u);
    expect(text).toContain('项目名称');
    expect(text).toContain('全民参保');
    expect(text).toContain('部门专项');
    expect(text.normalize('NFKC')).toContain('城乡居民');
  });

  it('reports a PDF without text as needing OCR', async () => {
    const doc = await readPdf(fixture('no-text.pdf'));
    expect(doc.rows).toEqual([]);
    expect(doc.issues.map((i) => i.code)).toEqual(['no-text-layer']);
    expect(doc.issues[0]?.message).toContain('OCR');
  });

  it('reports a truncated PDF as corrupt-file', async () => {
    const doc = await readPdf(fixture('truncated.pdf'));
    expect(doc.issues.map((i) => i.code)).toContain('corrupt-file');
  });

  it('reports garbage after the PDF magic as corrupt-file', async () => {
    const doc = await readPdf(new TextEncoder().encode('%PDF-1.7\nnot a pdf at all'));
    expect(doc.rows).toEqual([]);
    expect(doc.issues.map((i) => i.code)).toContain('corrupt-file');
  });

  it('reads only maxPdfPages pages with a truncated issue', async () => {
    const doc = await readPdf(fixture('002-target-table.pdf'), { maxPdfPages: 1 });
    expect(new Set(doc.rows.map((r) => r.loc.page))).toEqual(new Set([1]));
    expect(doc.issues.map((i) => i.code)).toEqual(['truncated']);
  });
});

describe('groupPdfLines', () => {
  const item = (text: string, x: number, y: number, width = text.length * 10) => ({ text, x, y, width, fontSize: 10 });

  it('groups by baseline, orders by x, splits cells at wide gaps and joins fragments', () => {
    const lines = groupPdfLines([
      item('万册', 150, 700.4),
      item('≥8', 130, 700),
      item('指标1：印制宣传册', 20, 700.2),
      item(' ', 110, 700),
      item('second', 20, 680),
      item('line', 83, 680, 40),
    ]);
    expect(lines).toEqual([['指标1：印制宣传册', '≥8万册'], ['second line']]);
  });
});
