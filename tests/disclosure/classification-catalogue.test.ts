import { describe, expect, it } from 'vitest';
import { parseCatalogueCsv } from '@jixiao/core';
import { loadClassificationCatalogue } from './load-disclosure';

describe('classification catalogues as data', () => {
  it('loads 2024 without errors, with the R-CODE-02 crosswalk and the 医保 codes of R-CODE-04', async () => {
    const { catalogue, errors } = await loadClassificationCatalogue(2024);
    expect(errors).toEqual([]);
    const c = catalogue!;
    for (const code of ['30101', '30102', '30103']) expect(c.crosswalk[code]).toEqual(['50101']);
    for (const code of ['30108', '30109', '30110', '30111', '30112']) expect(c.crosswalk[code]).toEqual(['50102']);
    expect(c.crosswalk['30113']).toEqual(['50103']);
    for (const code of ['2101101', '2101102', '2101103', '2101201', '2101202', '2101301', '2101302', '2101501', '2101506', '2101550', '2101599', '2080505', '2080506', '2210201']) expect(c.functionCodes[code]).toBeDefined();
    expect(c.govEconomicCodes['51002']).toBe('对社会保险基金补助');
  });

  it('reports a year without catalogue instead of failing', async () => {
    const { catalogue, errors } = await loadClassificationCatalogue(1999);
    expect(catalogue).toBeNull();
    expect(errors[0]).toContain('1999');
  });

  it('parses quoted fields and reports short rows', () => {
    const csv = parseCatalogueCsv('\uFEFF# note\ncode,name\n302,"商品和服务支出, 含""引号"""\n303\n');
    expect(csv.rows).toEqual([{ code: '302', name: '商品和服务支出, 含"引号"' }]);
    expect(csv.errors).toEqual(['第 4 行有 1 列，表头有 2 列']);
  });
});
