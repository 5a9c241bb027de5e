import type { Row } from './cell-document';

const CELL_LINE = /^\t[^\t]*$/;
const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Splits plain text into rows of cells. Handles, per document:
 * - one row per line with cells separated by tabs, `|`, or runs of two or more spaces;
 * - one cell per line (a Word table saved as text: each cell on a line starting with a tab, rows
 *   ended by an empty line, multi-line cells continued on lines without the tab).
 * Paragraph lines become one-cell rows.
 */
export function splitTextRows(text: string): Row[] {
  const lines = text.split('\n');
  let cellLines = 0;
  let multiCellLines = 0;
  for (const line of lines) {
    if (CELL_LINE.test(line)) cellLines++;
    else if (line.includes('\t')) multiCellLines++;
  }
  const cellPerLine = cellLines >= 8 && cellLines > multiCellLines * 2;
  return cellPerLine ? splitCellPerLine(lines) : lines.map((line, i) => ({ cells: splitLine(line), loc: { line: i + 1 } }));
}

/** Splits one line into cells by the separator it uses. */
export function splitLine(line: string): string[] {
  if (line.includes('\t')) return line.split('\t');
  if (MARKDOWN_RULE.test(line) && line.includes('-')) return [''];
  const pipes = (line.match(/\|/g) ?? []).length;
  if (pipes >= 2) {
    const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
    return trimmed.split('|').map((c) => c.trim());
  }
  if (/\S(?: {2,}|\u3000+)\S/.test(line)) return line.trim().split(/ {2,}|\u3000+/);
  return [line];
}

function splitCellPerLine(lines: string[]): Row[] {
  const rows: Row[] = [];
  let cells: string[] | null = null;
  let start = 0;
  let end = 0;
  let lastWasCell = false;
  const flush = () => {
    if (cells) rows.push({ cells, loc: { line: start, endLine: end } });
    cells = null;
  };
  lines.forEach((line, i) => {
    const n = i + 1;
    if (CELL_LINE.test(line)) {
      if (!cells) {
        cells = [];
        start = n;
      }
      cells.push(line.slice(1));
      end = n;
      lastWasCell = true;
    } else if (line.trim() === '') {
      flush();
      lastWasCell = false;
    } else if (lastWasCell && cells) {
      const list: string[] = cells;
      list[list.length - 1] += `\n${line}`;
      end = n;
    } else {
      flush();
      rows.push({ cells: line.includes('\t') ? line.split('\t') : [line], loc: { line: n } });
      lastWasCell = false;
    }
  });
  flush();
  return rows;
}
