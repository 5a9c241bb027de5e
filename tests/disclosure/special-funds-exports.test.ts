import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDisclosure, type GeneratedDisclosure } from '@jixiao/core';
import { buildDisclosureDataPackage, renderDisclosureDocx, renderDisclosureHtml, renderDisclosureXlsx } from '@jixiao/render';
import { loadClassificationCatalogue, loadSmallDepartment } from './load-disclosure';

const FUND = { name: '医保基金监管专项资金', department: null, functionCode: '2101502', amount: 22_000_000, projectNames: ['医保基金监管专项'], purpose: '守住医保基金安全底线', management: '专款专用，按进度拨付' };

let generated: GeneratedDisclosure;
beforeAll(async () => {
  const { catalogue } = await loadClassificationCatalogue(2024);
  const small = loadSmallDepartment();
  generated = generateDisclosure({ ...small, specialFunds: [FUND] }, { template: 'shaanxi-16', catalogue });
});

describe('表16 with a 专项资金 in every export', () => {
  it('DOCX (read back with mammoth) prints the fund, its 22.00 万元 and its 管理措施, not the 空表说明', async () => {
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await renderDisclosureDocx(generated)) })).value;
    const t16 = text.slice(text.lastIndexOf('专项资金总体绩效目标表'));
    expect(t16).toContain('医保基金监管专项资金');
    expect(t16).toContain('22.00');
    expect(t16).toContain('专款专用，按进度拨付');
    expect(text).not.toContain('本部门无专项资金，故本表为空表。');
  });

  it('XLSX has a 表16 sheet with the fund', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderDisclosureXlsx(generated)) as unknown as ArrayBuffer);
    const sheet = wb.worksheets.find((w) => w.name.startsWith('表16'))!;
    expect(sheet).toBeDefined();
    const values: string[] = [];
    sheet.eachRow((r) => r.eachCell((c) => values.push(String(c.value))));
    expect(values).toContain('医保基金监管专项资金');
    expect(values).toContain('2101502 一般行政管理事务');
  });

  it('HTML (what the PDF prints) and the data package carry the fund', () => {
    const html = renderDisclosureHtml(generated);
    expect(html.slice(html.lastIndexOf('专项资金总体绩效目标表'))).toContain('医保基金监管专项资金');
    const files = buildDisclosureDataPackage(generated);
    const csv = files.find((f) => /16/.test(f.path) && f.path.endsWith('.csv'))!;
    expect(String(csv.content)).toContain('医保基金监管专项资金');
    expect(String(csv.content)).toContain('220000.00');
  });
});
