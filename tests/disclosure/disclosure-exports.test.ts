import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDisclosure, parseDepartmentBudget, type DepartmentBudget, type GeneratedDisclosure } from '@jixiao/core';
import { renderDisclosureDocx, renderDisclosurePdf, renderDisclosureXlsx } from '@jixiao/render';
import { readBudgetFromDisclosureFile } from '../../packages/app/src/index';
import { chromiumPath } from '../support/requirements';
import { loadClassificationCatalogue, SAMPLE_001 } from './load-disclosure';

const SMALL = new URL('../../fixtures/disclosure/small-department.json', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'jixiao-disclosure-exports-'));

let small: GeneratedDisclosure;
let from001: GeneratedDisclosure;
beforeAll(async () => {
  const { catalogue } = await loadClassificationCatalogue(2024);
  small = generateDisclosure(parseDepartmentBudget(JSON.parse(readFileSync(SMALL, 'utf8'))).budget as DepartmentBudget, { template: 'shaanxi-16', catalogue });
  const { budget } = await readBudgetFromDisclosureFile(new Uint8Array(readFileSync(SAMPLE_001)), SAMPLE_001.pathname);
  from001 = generateDisclosure(budget, { template: 'shaanxi-16', catalogue });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

if (!chromiumPath) console.warn('\n!! no Chromium (JIXIAO_CHROMIUM): the disclosure PDF tests are SKIPPED\n');

describe('DOCX read back with mammoth', () => {
  it('holds the narrative, the 报表目录 and every table with its numbers and 空表说明', async () => {
    const bytes = await renderDisclosureDocx(small);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    // 预算单位构成 + 会议费培训费明细表 in the narrative, the 报表目录, then 17 tables
    expect(html.match(/<table>/g)).toHaveLength(2 + 1 + small.tables.length);
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    for (const t of small.tables) expect(text, t.id).toContain(t.title);
    expect(text).toContain('2,013,960.00');
    expect(text).toContain('本部门无财政拨款结转资金，故本表为空表。');
    expect(text).toContain('本部门2024年预算收入201.40万元');
    expect(text.match(/单位：元/g)!.length).toBe(small.tables.filter((t) => t.moneyUnit === '元').length);
    expect(text.match(/单位：万元/g)!.length).toBe(small.tables.filter((t) => t.moneyUnit === '万元').length + 1);
  });
});

describe('XLSX read back with exceljs', () => {
  it('has a 说明 sheet and one sheet per table, amounts as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderDisclosureXlsx(from001)) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(1 + from001.tables.length);
    expect(wb.worksheets[0]!.name).toBe('公开说明');
    const t5 = wb.worksheets.find((w) => w.name.startsWith('表5 '))!;
    expect(t5.getCell(1, 1).value).toBe('表5 部门综合预算一般公共预算支出明细表（按支出功能分类科目）');
    expect(t5.getCell(2, 7).value).toBe('单位：元');
    const values: unknown[][] = [];
    t5.eachRow((r) => values.push((r.values as unknown[]).slice(1)));
    expect(values.find((r) => r[0] === '2101501')).toEqual(['2101501', '行政运行', 2153894.44, 2060647.59, 93246.85]);
    const t9 = wb.worksheets.find((w) => w.name.startsWith('表9 '))!;
    const texts: string[] = [];
    t9.eachRow((r) => texts.push(...(r.values as unknown[]).filter((v): v is string => typeof v === 'string')));
    expect(texts).toContain('不涉及');
  });
});

describe.skipIf(!chromiumPath)('PDF through Chromium, read with pdftotext', () => {
  const pdfText = (file: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-']).toString('utf8');
  const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString('utf8'))![1]);

  it('small department: 5 narrative pages, the 报表目录, then one page per table (23 pages)', async () => {
    const file = join(dir, 'small.pdf');
    writeFileSync(file, await renderDisclosurePdf(small, { executablePath: chromiumPath! }));
    expect(pageCount(file)).toBe(23);
    expect(pdfText(file, 1)).toContain('2024年部门预算公开说明');
    expect(pdfText(file, 6)).toContain('报表目录');
    small.tables.forEach((t, k) => {
      const text = pdfText(file, 7 + k);
      expect(text, t.id).toContain(t.id);
      expect(text.replace(/\s+/g, ''), t.id).toContain(t.title);
      expect(text, t.id).toContain(`单位：${t.moneyUnit}`);
    });
    expect(pdfText(file, 7)).toContain('2,013,960.00');
    expect(pdfText(file, 7 + small.tables.findIndex((t) => t.id === '表9'))).toContain('本部门无政府性基金预算收入');
  }, 60_000);

  it('001 regenerated: 9 narrative pages, the 报表目录, 21 table pages (表15 over two), 31 pages', async () => {
    const file = join(dir, '001.pdf');
    writeFileSync(file, await renderDisclosurePdf(from001, { executablePath: chromiumPath! }));
    expect(pageCount(file)).toBe(31);
    expect(pdfText(file, 10)).toContain('报表目录');
    expect(pdfText(file, 11)).toContain('5,142,114.94');
    expect(pdfText(file, 23).replace(/\s+/g, '')).toContain('3,360.00');
    expect(pdfText(file, 29)).toContain('表15');
    expect(pdfText(file, 31)).toContain('表16');
  }, 60_000);
});
