import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url));

describe('readDocument', () => {
  it.each([
    ['000-declaration.docx', 'docx', 74],
    ['002-target-table.xlsx', 'xlsx', 36],
    ['004-target-table.html', 'html', 35],
    ['002-gb18030.txt', 'txt', 62],
    ['self-evaluation.xlsx', 'xlsx', 24],
  ])('dispatches %s to the %s reader', async (name, format, rows) => {
    const doc = await readDocument(fixture(name), name);
    expect(doc.format).toBe(format);
    expect(doc.rows).toHaveLength(rows);
    expect(doc.issues).toEqual([]);
  });

  it('dispatches by magic bytes even under a wrong name', async () => {
    const doc = await readDocument(fixture('002-target-table.xlsx'), '目标表.txt');
    expect(doc.format).toBe('xlsx');
  });

  it.each([
    ['empty.txt', 'empty-file'],
    ['random.bin', 'binary-file'],
    ['truncated.docx', 'corrupt-file'],
    ['zip-bomb.xlsx', 'zip-bomb'],
    ['xml-entities.xlsx', 'xml-entities'],
    ['legacy.doc', 'legacy-format'],
    ['no-text.pdf', 'no-text-layer'],
    ['truncated.pdf', 'corrupt-file'],
    ['deep-nesting.html', 'nesting-too-deep'],
  ])('returns (never throws) for hostile %s with issue %s', async (name, code) => {
    const doc = await readDocument(fixture(name), name);
    expect(doc.issues.map((i) => i.code)).toContain(code);
    for (const issue of doc.issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('explains how to convert legacy Office files', async () => {
    const doc = await readDocument(fixture('legacy.doc'), '申报表.doc');
    expect(doc.rows).toEqual([]);
    expect(doc.issues[0]).toMatchObject({ code: 'legacy-format', severity: 'error' });
    expect(doc.issues[0]?.message).toContain('libreoffice --headless --convert-to docx 申报表.doc');
    const xls = await readDocument(fixture('legacy.doc'), '目标表.xls');
    expect(xls.issues[0]?.message).toContain('另存为 .xlsx');
  });

  it('refuses input over maxInputBytes', async () => {
    const doc = await readDocument(fixture('002-target-table.xlsx'), 'a.xlsx', { maxInputBytes: 1000 });
    expect(doc.rows).toEqual([]);
    expect(doc.issues.map((i) => i.code)).toEqual(['file-too-large']);
  });

  it('refuses a zip with a total uncompressed size over the limit', async () => {
    const doc = await readDocument(fixture('000-declaration.docx'), 'a.docx', { maxUncompressedBytes: 10_000 });
    expect(doc.issues.map((i) => i.code)).toEqual(['zip-bomb']);
  });

  it('reports a zip that is not an Office document', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    expect((await readDocument(zip, 'a.zip')).issues.map((i) => i.code)).toEqual(['unsupported-format']);
  });
});
