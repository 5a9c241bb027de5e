import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDepartmentView, buildProjectViews, type LayoutView } from '@jixiao/core';
import { openPdfRenderer, resolveChromiumPath, type PdfRenderer } from './pdf-renderer';
import { renderPdf } from './render-pdf';
import { renderBatchPdf } from './render-batch-pdf';
import { renderHtml } from './render-html';
import { DISPATCH_004, HOSTILE_PROJECT, LIANHU_001, MENYUAN_003, PROPAGANDA_000, RESIDENTS_002 } from './test-fixtures';

const chromiumPath = resolveChromiumPath();
const available = existsSync(chromiumPath);
if (!available) {
  if (process.env.JIXIAO_REQUIRE_ALL === '1') throw new Error(`JIXIAO_REQUIRE_ALL=1 but Chromium is missing at ${chromiumPath}`);
  console.warn(`\n⚠️  SKIPPING PDF tests: no Chromium at ${chromiumPath} (set JIXIAO_CHROMIUM)\n`);
}

const OUT = join(process.env.TMPDIR ?? '/tmp', 'jixiao-render-pdf');
/**
 * pdftotext in content-stream order (keeps a wrapped cell's lines together), NFKC-normalised
 * (Chromium may emit Kangxi radicals for CJK) and without white space.
 */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).normalize('NFKC').replace(/\s+/g, '');
}
const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

describe.skipIf(!available)('renderPdf (Chromium)', () => {
  let renderer: PdfRenderer;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    renderer = await openPdfRenderer();
  });
  afterAll(async () => {
    await renderer?.close();
  });

  const cases: [string, () => LayoutView[], readonly { name: string; targetText: string | null }[]][] = [
    ['declaration-000', () => buildProjectViews('declaration-000', [PROPAGANDA_000], { region: '拉萨市' }), PROPAGANDA_000.indicators],
    ['target-table-002', () => buildProjectViews('target-table-002', [RESIDENTS_002]), RESIDENTS_002.indicators],
    ['target-table-004', () => buildProjectViews('target-table-004', [DISPATCH_004]), DISPATCH_004.indicators],
    ['disclosure-list-003', () => buildProjectViews('disclosure-list-003', MENYUAN_003), MENYUAN_003.flatMap((p) => p.indicators)],
    ['department-target-001', () => [buildDepartmentView(LIANHU_001)], LIANHU_001.indicators],
  ];

  it.each(cases)('%s: every indicator name and value is in the PDF text, with an embedded CJK font', async (id, views, indicators) => {
    const pdf = await renderPdf(views(), { renderer });
    const file = join(OUT, `${id}.pdf`);
    writeFileSync(file, pdf);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = pdfText(file);
    for (const i of indicators) {
      expect(text, i.name).toContain(squash(i.name));
      if (i.targetText) expect(text, i.targetText).toContain(squash(i.targetText));
    }
    // Chromium (Skia) embeds CFF-based fonts such as the Debian Noto CJK collection as unnamed Type 3
    // fonts; TrueType fonts keep their name. Either way every font must be embedded with a ToUnicode map.
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.some((l) => /CJK|Type 3/.test(l))).toBe(true);
    for (const line of fonts) expect(line, 'emb=yes, uni=yes').toMatch(/\syes\s+(yes|no)\s+yes\s+\d+\s+\d+\s*$/);
  });

  it('prints hostile text literally', async () => {
    const file = join(OUT, 'hostile.pdf');
    writeFileSync(file, await renderPdf(renderHtml(buildProjectViews('declaration-000', [HOSTILE_PROJECT])), { renderer }));
    expect(pdfText(file)).toContain(squash('<script>alert("x")</script>'));
  });

  it('batch: contents page, then one form per project on new pages', async () => {
    const file = join(OUT, 'batch.pdf');
    writeFileSync(file, await renderBatchPdf([PROPAGANDA_000, DISPATCH_004], 'target-table-004', { renderer }));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
    expect(squash(first)).toContain('序号');
    expect(squash(first)).toContain('劳务派遣人员经费');
    const second = squash(execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' }));
    expect(second).toContain('医疗保障政策宣传费绩效目标表');
    expect(second).not.toContain('劳务派遣人员经费绩效目标表');
  });
});
