import type { Row } from '../../import/cell-document';
import type { ThreePublicAmounts, ThreePublicRow } from '../model/disclosure';
import { normalizeTitle } from '../lexicon/disclosure-template';
import { parseYuanCell } from './parse-yuan-cell';

type Field = keyof ThreePublicAmounts;

/** Leaf header labels of one column block, in template order. */
const LEAVES: readonly { field: Field; re: RegExp }[] = [
  { field: 'total', re: /^合计$/ },
  { field: 'threePublic', re: /^小计$/ },
  { field: 'overseasTravel', re: /^因公出国/ },
  { field: 'reception', re: /^公务接待/ },
  { field: 'vehicle', re: /^小计$/ },
  { field: 'vehiclePurchase', re: /^公务用车购置费?$/ },
  { field: 'vehicleOperation', re: /^公务用车运行(维护)?费?$/ },
  { field: 'meetings', re: /^会议费$/ },
  { field: 'training', re: /^培训费$/ },
];

/**
 * Reads 表13 三公经费 table. The header is found by its leaf labels (合计, 小计, 因公出国…, 培训费)
 * repeated for 上年 / 当年 / 增减; a data row's values after the unit name are matched to those
 * leaves in order.
 */
export function readThreePublicTable(rows: readonly Row[]): { rows: ThreePublicRow[]; blocks: number } | null {
  let best = -1;
  let bestCount = 0;
  rows.forEach((r, k) => {
    const n = r.cells.filter((c) => LEAVES.some((l) => l.re.test(normalizeTitle(c)))).length;
    if (n > bestCount) {
      best = k;
      bestCount = n;
    }
  });
  if (best < 0 || bestCount < LEAVES.length) return null;
  const leafLabels = rows[best]!.cells.map(normalizeTitle).filter((c) => c !== '');
  const blocks = Math.floor(leafLabels.length / LEAVES.length);
  const out: ThreePublicRow[] = [];
  for (const row of rows.slice(best + 1)) {
    const cells = row.cells.map((c) => c.trim());
    const nameIndex = cells.findIndex((c) => c !== '' && parseYuanCell(c) === null);
    if (nameIndex < 0 || !cells.some((c) => parseYuanCell(c) !== null)) continue;
    const code = cells.slice(0, nameIndex).find((c) => /^\d+$/.test(c)) ?? null;
    const values = cells.slice(nameIndex + 1);
    const block = (b: number): ThreePublicAmounts | null => {
      if (b >= blocks) return null;
      const amounts = {} as Record<Field, number | null>;
      LEAVES.forEach((leaf, i) => (amounts[leaf.field] = parseYuanCell(values[b * LEAVES.length + i])));
      return amounts;
    };
    out.push({ unitCode: code, unitName: cells[nameIndex]!, prior: block(0), current: block(1), change: block(2), line: row.loc.line ?? 0 });
  }
  return { rows: out, blocks };
}
