import type { Row } from './cell-document';

/** Characters that only occur in Traditional Chinese and are common in budget documents. */
const TRADITIONAL_ONLY = /[績標產數質時經濟社會態環續響滿務對項資預財撥單實總體計劃設據權規證療險診報銷蓋發維護網絡統傳監開際執萬億個處辦費補門達導]/g;

/** True when a document is written in Traditional characters (it is then read as Simplified). */
export function isTraditional(rows: readonly Row[]): boolean {
  let hits = 0;
  let seen = 0;
  for (const row of rows) {
    for (const cell of row.cells) {
      seen += cell.length;
      hits += cell.match(TRADITIONAL_ONLY)?.length ?? 0;
      if (seen > 20_000) break;
    }
    if (seen > 20_000) break;
  }
  return hits >= 5 && hits / Math.max(seen, 1) > 0.01;
}
