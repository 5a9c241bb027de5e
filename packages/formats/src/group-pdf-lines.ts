/** A positioned text fragment from a PDF page (PDF user space: y grows upwards). */
export interface PdfTextItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
}

/** Items closer than this share of the font size in y belong to one line. */
const LINE_TOLERANCE = 0.5;
/** A horizontal gap wider than this share of the font size starts a new cell. */
const CELL_GAP = 0.8;
/** A smaller gap still wider than this share of the font size becomes a space (between Latin words). */
const SPACE_GAP = 0.15;

/**
 * Rebuilds lines and cells from text fragments: groups items by baseline (within half a font size),
 * orders lines top to bottom and items left to right, and splits a line into cells where the gap
 * between two items exceeds 0.8 font sizes. Whitespace-only items (pdf.js's synthetic spaces) only
 * mark gaps. Returns one string array per line.
 */
export function groupPdfLines(items: readonly PdfTextItem[]): string[][] {
  const visible = items.filter((item) => item.text.trim() !== '' && Number.isFinite(item.x) && Number.isFinite(item.y));
  const byY = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  let anchor = Number.NaN;
  for (const item of byY) {
    const current = lines.at(-1);
    const tolerance = Math.max(1, LINE_TOLERANCE * Math.max(item.fontSize, 1));
    if (current && Math.abs(item.y - anchor) <= tolerance) current.push(item);
    else {
      lines.push([item]);
      anchor = item.y;
    }
  }
  return lines.map(splitCells);
}

function splitCells(line: PdfTextItem[]): string[] {
  const sorted = [...line].sort((a, b) => a.x - b.x);
  const cells: string[] = [];
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of sorted) {
    const size = Math.max(item.fontSize, 1);
    const gap = item.x - end;
    if (text !== '' && gap > CELL_GAP * size) {
      cells.push(text.trim());
      text = '';
    } else if (text !== '' && gap > SPACE_GAP * size && !/\s$/.test(text) && !isCjkBoundary(text, item.text)) {
      text += ' ';
    }
    text += item.text;
    end = Math.max(end, item.x + item.width);
  }
  if (text !== '') cells.push(text.trim());
  return cells;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

function isCjkBoundary(before: string, after: string): boolean {
  return CJK.test(before.at(-1) ?? '') || CJK.test(after[0] ?? '');
}
