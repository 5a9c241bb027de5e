import type { CellDocument, Row } from '../../import/cell-document';
import { splitTextRows } from '../../import/split-text-rows';

/** The rows to read a disclosure from: a plain-text document's lines are split into cells first (as the importer does). */
export function toDisclosureRows(doc: CellDocument): readonly Row[] {
  return doc.format === 'txt' && doc.rows.every((r) => r.cells.length <= 1) ? splitTextRows(doc.rows.map((r) => r.cells[0] ?? '').join('\n')) : doc.rows;
}
