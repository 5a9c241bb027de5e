import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { buildDepartmentView, buildProjectViews } from '@jixiao/core';
import { renderDocx } from './render-docx';
import { ALL_PROJECTS, HOSTILE_PROJECT, LIANHU_001, MENYUAN_003, PROPAGANDA_000, RESIDENTS_002, DISPATCH_004 } from './test-fixtures';

async function rawText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

describe('renderDocx', () => {
  it.each([
    ['declaration-000', [PROPAGANDA_000]],
    ['target-table-002', [RESIDENTS_002]],
    ['target-table-004', [DISPATCH_004]],
    ['disclosure-list-003', MENYUAN_003],
  ] as const)('%s opens with mammoth and contains every indicator name and value', async (layout, projects) => {
    const bytes = await renderDocx(buildProjectViews(layout, projects));
    const text = await rawText(bytes);
    for (const p of projects) {
      expect(text).toContain(p.name);
      for (const i of p.indicators) {
        expect(text).toContain(i.name);
        expect(text).toContain(i.targetText!);
      }
    }
  });

  it('department-target-001 contains tasks and indicators', async () => {
    const text = await rawText(await renderDocx(buildDepartmentView(LIANHU_001)));
    for (const t of LIANHU_001.tasks) expect(text).toContain(t.content!);
    for (const i of LIANHU_001.indicators) expect(text).toContain(i.name);
    expect(text).toContain('514.21');
  });

  it('writes real tables with merged cells, an East Asian font, A4 pages and repeated header rows', async () => {
    const bytes = await renderDocx(buildProjectViews('declaration-000', ALL_PROJECTS.slice(0, 2)));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml.match(/<w:tbl>/g)!.length).toBe(4);
    expect(xml).toContain('w:vMerge w:val="restart"');
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml.match(/<w:sectPr/g)!.length).toBe(2);
  });

  it('keeps hostile text as text', async () => {
    const text = await rawText(await renderDocx(buildProjectViews('declaration-000', [HOSTILE_PROJECT])));
    expect(text).toContain('<script>alert("x")</script>');
  });
});
