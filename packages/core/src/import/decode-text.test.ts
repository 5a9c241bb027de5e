import { describe, expect, it } from 'vitest';
import { decodeText, detectFileKind } from './decode-text';

const SAMPLE = '项目支出绩效目标表\r\n预算单位\t库尔勒市医疗保障局\r\n指标值\t≥95%\n';

const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return out;
};
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const EXPECTED = '项目支出绩效目标表\n预算单位\t库尔勒市医疗保障局\n指标值\t≥95%\n';

describe('decodeText', () => {
  it('decodes UTF-8 and normalises CRLF and CR to LF', () => {
    const result = decodeText(ascii(`${SAMPLE}last\rline`));
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(`${EXPECTED}last\nline`);
    expect(result.issues).toEqual([]);
  });

  it('strips a UTF-8 BOM', () => {
    const result = decodeText(concat(new Uint8Array([0xef, 0xbb, 0xbf]), ascii(SAMPLE)));
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.text).toBe(EXPECTED);
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM', () => {
    const le = decodeText(concat(new Uint8Array([0xff, 0xfe]), utf16(SAMPLE, false)));
    expect(le).toMatchObject({ encoding: 'utf-16le', text: EXPECTED });
    const be = decodeText(concat(new Uint8Array([0xfe, 0xff]), utf16(SAMPLE, true)));
    expect(be).toMatchObject({ encoding: 'utf-16be', text: EXPECTED });
  });

  it('detects UTF-16 without a BOM from the NUL bytes of ASCII characters', () => {
    const text = 'Sheet1\t项目名称\tproject name 2024\n';
    expect(decodeText(utf16(text, false))).toMatchObject({ encoding: 'utf-16le', text });
    expect(decodeText(utf16(text, true))).toMatchObject({ encoding: 'utf-16be', text });
  });

  it('falls back to GB18030 for GBK/GB2312 bytes', () => {
    // 项目 in GBK: cf ee c4 bf; ≥ is a1 dd
    const result = decodeText(new Uint8Array([0xcf, 0xee, 0xc4, 0xbf, 0x09, 0xa1, 0xdd, 0x39, 0x35, 0x25, 0x0d, 0x0a]));
    expect(result).toMatchObject({ encoding: 'gb18030', text: '项目\t≥95%\n', issues: [] });
  });

  it('reports binary garbage as binary-file', () => {
    let x = 12345;
    const bytes = new Uint8Array(2048).map(() => {
      x = (x * 1103515245 + 12345) >>> 0;
      return x >>> 24;
    });
    const result = decodeText(bytes);
    expect(result.text).toBe('');
    expect(result.issues.map((i) => i.code)).toEqual(['binary-file']);
    expect(result.issues[0]?.message).toMatch(/^文件不是文本文档/);
  });

  it('reports an empty file', () => {
    expect(decodeText(new Uint8Array()).issues.map((i) => i.code)).toEqual(['empty-file']);
  });
});

describe('detectFileKind', () => {
  const zipWith = (name: string): Uint8Array => concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), new Uint8Array(26), ascii(name));
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

  it('trusts magic bytes over the extension', () => {
    expect(detectFileKind(ascii('%PDF-1.7\n'), 'report.txt')).toBe('pdf');
    expect(detectFileKind(zipWith('word/document.xml'), 'x.xlsx')).toBe('docx');
    expect(detectFileKind(zipWith('xl/workbook.xml'), 'x.bin')).toBe('xlsx');
    expect(detectFileKind(zipWith('data.csv'), 'archive.zip')).toBe('zip-other');
    expect(detectFileKind(ole, 'old.xls')).toBe('legacy-xls');
    expect(detectFileKind(ole, 'old.doc')).toBe('legacy-doc');
    expect(detectFileKind(ascii('\ufeff  <!DOCTYPE html><html>'), 'page.txt')).toBe('html');
    expect(detectFileKind(ascii('<table><tr><td>1</td></tr></table>'), 'export')).toBe('html');
  });

  it('falls back to the extension, then to a text/binary judgement', () => {
    expect(detectFileKind(ascii('项目名称'), '目标表.TXT')).toBe('txt');
    expect(detectFileKind(ascii('not really'), 'broken.docx')).toBe('docx');
    expect(detectFileKind(ascii('<p>目标1</p>'), 'sample.txt')).toBe('txt');
    expect(detectFileKind(ascii('plain'), 'noext')).toBe('txt');
    expect(detectFileKind(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 1, 2]), 'blob')).toBe('binary');
  });
});
