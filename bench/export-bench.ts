import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildProjectViews, flattenView } from '@jixiao/core';
import { openPdfRenderer, renderBatchPdf, renderBatchXlsx } from '@jixiao/render';
import type { BenchMeasure, BenchOptions } from './bench-types';
import { makeSyntheticProjects } from './sample-projects';

/**
 * Exports: a 1,000-project workbook (floor: the same cell texts written to a plain sheet, no
 * merges or styles) and a ~100-page PDF (85 projects) (floor: Chromium printing one plain page).
 */
export async function benchExports(opts: BenchOptions): Promise<BenchMeasure[]> {
  const out: BenchMeasure[] = [];
  const n = opts.quick ? 100 : 1000;
  const projects = makeSyntheticProjects(n);
  let t0 = performance.now();
  const xlsx = await renderBatchXlsx(projects, 'target-table-002');
  const xlsxMs = performance.now() - t0;
  t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('plain');
  let offset = 0;
  for (const view of buildProjectViews('target-table-002', projects)) {
    const flat = flattenView(view);
    for (const c of flat.cells) sheet.getCell(offset + c.row + 1, c.col + 1).value = c.cell.text;
    offset += flat.rowCount;
  }
  await wb.xlsx.writeBuffer();
  const plainMs = performance.now() - t0;
  out.push({ name: `export.xlsx.${n}-projects`, value: round(xlsxMs), unit: 'ms', baseline: round(plainMs), ratio: round(xlsxMs / plainMs), aim: '≤ 5000 ms for 1,000 projects', note: `${Math.round(xlsx.length / 1024)} KB` });

  const chromium = process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    out.push({ name: 'export.pdf', value: -1, unit: 'ms', baseline: null, ratio: null, note: 'SKIPPED: Chromium not installed' });
    return out;
  }
  const renderer = await openPdfRenderer();
  try {
    t0 = performance.now();
    await renderer.printHtml('<html><body><p>floor</p></body></html>');
    const floorMs = performance.now() - t0;
    const pdfProjects = projects.slice(0, opts.quick ? 10 : 85);
    t0 = performance.now();
    const pdf = await renderBatchPdf(pdfProjects, 'target-table-002', { renderer });
    const pdfMs = performance.now() - t0;
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-pdf-'));
    writeFileSync(join(dir, 'b.pdf'), pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'b.pdf')], { encoding: 'utf8' }))?.[1] ?? 0);
    rmSync(dir, { recursive: true, force: true });
    out.push({ name: `export.pdf.${pages}-pages`, value: round(pdfMs), unit: 'ms', baseline: round(floorMs), ratio: round(pdfMs / floorMs), aim: '≤ 10000 ms for 100 pages', note: `${pdfProjects.length} projects, ${pages} pages` });
  } finally {
    await renderer.close();
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
