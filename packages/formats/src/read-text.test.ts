import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from './read-text';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url));
const sample002 = readFileSync(new URL('../../../fixtures/samples/002_958eda048e829117.txt', import.meta.url));

describe('readText', () => {
  const utf8 = readText(sample002);

  it('gives one single-cell row per line, tabs kept, empty lines kept', () => {
    expect(utf8.format).toBe('txt');
    expect(utf8.rows.length).toBe(sample002.toString('utf8').replace(/\n$/, '').split('\n').length);
    expect(utf8.rows.every((row) => row.cells.length === 1)).toBe(true);
    const header = utf8.rows.find((row) => row.cells[0]?.startsWith('一级指标'));
    expect(header?.cells[0]?.split('\t')).toHaveLength(9);
    expect(utf8.rows[0]).toEqual({ cells: [''], loc: { line: 1 } });
  });

  it.each(['002-gb18030.txt', '002-utf16le-bom.txt'])('reads %s to the same rows as the UTF-8 sample', (name) => {
    const doc = readText(fixture(name));
    expect(doc.issues).toEqual([]);
    expect(doc.rows).toEqual(utf8.rows);
  });

  it('keeps Traditional characters as they are', () => {
    const doc = readText(fixture('traditional.txt'));
    expect(doc.rows[0]?.cells[0]).toBe('項目支出績效目標表');
    expect(doc.rows.some((row) => row.cells[0]?.startsWith('滿意度指標\t'))).toBe(true);
  });

  it('cuts at maxRows with a truncated issue', () => {
    const doc = readText(sample002, { maxRows: 5 });
    expect(doc.rows).toHaveLength(5);
    expect(doc.issues.map((i) => i.code)).toEqual(['truncated']);
  });

  it('reports empty and binary files', () => {
    expect(readText(fixture('empty.txt')).issues.map((i) => i.code)).toEqual(['empty-file']);
    const binary = readText(fixture('random.bin'));
    expect(binary.rows).toEqual([]);
    expect(binary.issues.map((i) => i.code)).toEqual(['binary-file']);
  });
});
