import type { Row } from '../../import/cell-document';
import type { ProcurementKind, ProcurementRow } from '../model/disclosure';
import { isAmountCell, parseYuanCell } from './parse-yuan-cell';

const CATALOGUE = /^([ABC])(\d{6,8})\s*(.*)$/;
const KIND_BY_LETTER: Readonly<Record<string, ProcurementKind>> = { A: 'goods', B: 'works', C: 'services' };

/**
 * Reads 表12 政府采购预算表. Its header merges cells inconsistently, so data rows are read by what
 * the cells hold: 类/款/项 code parts, the unit code, the 采购目录 code (A 货物, B 工程, C 服务),
 * the quantity, the two economic codes (类 + 款 each) and the amount in the last amount cell.
 */
export function readProcurementTable(rows: readonly Row[]): ProcurementRow[] | null {
  const headerIndex = rows.findIndex((r) => r.cells.some((c) => /采购目录|采购品目/.test(c)));
  if (headerIndex < 0) return null;
  const out: ProcurementRow[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const cells = row.cells.map((c) => c.trim());
    const amountIndex = findLastIndex(cells, isAmountCell);
    if (amountIndex < 0) continue;
    const fn = cells.slice(0, 3);
    const functionCode = /^\d{3}$/.test(fn[0] ?? '') && /^\d{2}$/.test(fn[1] ?? '') && /^\d{2}$/.test(fn[2] ?? '') ? fn.join('') : null;
    const catIndex = cells.findIndex((c) => CATALOGUE.test(c));
    const nameIndex = cells.findIndex((c, k) => k >= 3 && c !== '' && !/^\d+$/.test(c));
    const name = nameIndex >= 0 && nameIndex < amountIndex ? cells[nameIndex]! : '';
    const unitCode = /^\d+$/.test(cells[3] ?? '') ? cells[3]! : null;
    const after = catIndex >= 0 ? catIndex + 1 : nameIndex + 1;
    const numbers = cells.slice(after, amountIndex).map((c, k) => ({ c, k: k + after })).filter((x) => /^\d+$/.test(x.c));
    const quantity = numbers[0] ? Number(numbers[0].c) : null;
    const codes = numbers.slice(1).map((x) => x.c);
    const dept = codes.length >= 2 && /^3\d{2}$/.test(codes[0]!) ? codes[0]! + codes[1]! : null;
    const gov = codes.length >= 4 && /^5\d{2}$/.test(codes[2]!) ? codes[2]! + codes[3]! : null;
    const cat = catIndex >= 0 ? CATALOGUE.exec(cells[catIndex]!) : null;
    const role: ProcurementRow['role'] = cat ? 'item' : /^(合计|总计)$/.test(name) ? 'total' : unitCode && unitCode.length >= 3 ? 'unit' : 'group';
    out.push({
      role,
      functionCode,
      unitCode,
      name,
      catalogueCode: cat ? `${cat[1]}${cat[2]}` : null,
      catalogueName: cat ? cat[3]!.trim() || null : null,
      kind: cat ? (KIND_BY_LETTER[cat[1]!] ?? null) : null,
      quantity,
      deptEconomicCode: dept,
      govEconomicCode: gov,
      amount: parseYuanCell(cells[amountIndex]),
      line: row.loc.line ?? 0,
    });
  }
  return out;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let k = items.length - 1; k >= 0; k--) if (test(items[k]!)) return k;
  return -1;
}
