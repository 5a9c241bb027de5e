import type { CellDocument, DocumentFormat, ImportIssue, SourceLocation } from '@jixiao/core';
import { createIssue, createTruncatedIssue } from './create-issue';
import { createRowSink } from './create-row-sink';
import { expandTableRow, type SourceCell } from './expand-table-row';
import { resolveReadLimits, type ReadLimits } from './read-limits';
import { tokenizeHtml } from './tokenize-html';

export interface ReadHtmlOptions {
  /** The format to report (a .docx is read through its HTML conversion). */
  readonly format?: DocumentFormat;
  /**
   * `source` (default): a paragraph's loc.line is its line in the HTML source.
   * `block`: loc.line is the paragraph's ordinal number (for generated HTML such as a .docx conversion).
   */
  readonly lineNumbers?: 'source' | 'block';
}

/** Elements that end a paragraph outside a table, and start a new line inside a cell. */
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'blockquote', 'pre', 'address',
  'center', 'form', 'figure', 'figcaption', 'caption', 'body', 'html', 'fieldset', 'legend',
]);
const MAX_ROWSPAN = 65_534;
const MAX_COLSPAN = 1_000;

interface CellState {
  parts: string[];
  readonly rowspan: number;
  readonly colspan: number;
}

interface TableState {
  readonly index: number;
  rowNumber: number;
  cover: number[];
  row: SourceCell[] | undefined;
  cell: CellState | undefined;
}

/**
 * Reads HTML (a saved web page, an exported table, a .docx conversion) into rows: each table row
 * becomes one Row on the table's grid (rowspan/colspan expanded, text in the first position and
 * '' in covered ones); text outside tables becomes one-cell rows, one per block. `<p>`/`<br>` and
 * other blocks inside a cell become '\n'. A table nested in a cell is read as a table of its own
 * (its rows come before the row holding it); tables nested deeper than `maxTableDepth` are read
 * as text of the cell that holds them. Linear in the input; never throws.
 */
export function readHtml(html: string, limits?: ReadLimits, options: ReadHtmlOptions = {}): CellDocument {
  const limit = resolveReadLimits(limits);
  const sink = createRowSink(limit.maxRows);
  const issues: ImportIssue[] = [];
  const tables: TableState[] = [];
  let tableCount = 0;
  let ignoredDepth = 0;
  let clipped = false;
  let block: string[] = [];
  let blockLine = 1;
  let blockCount = 0;

  const currentCell = (): CellState | undefined => tables.at(-1)?.cell;
  const appendText = (text: string): void => {
    const cell = currentCell();
    if (cell) cell.parts.push(collapseWhitespace(text));
    else block.push(text);
  };
  const appendBreak = (): void => {
    currentCell()?.parts.push('\n');
  };
  const flushBlock = (): void => {
    const text = collapseWhitespace(block.join('')).trim();
    block = [];
    if (!text) return;
    blockCount++;
    sink.push([text], { line: options.lineNumbers === 'block' ? blockCount : blockLine });
  };
  const closeCell = (table: TableState): void => {
    if (!table.cell) return;
    table.row ??= [];
    table.row.push({ text: finishCellText(table.cell.parts), rowspan: table.cell.rowspan, colspan: table.cell.colspan });
    table.cell = undefined;
  };
  const closeRow = (table: TableState): void => {
    closeCell(table);
    if (!table.row) return;
    table.rowNumber++;
    const expanded = expandTableRow(table.row, table.cover, limit.maxColumns);
    table.row = undefined;
    table.cover = expanded.cover;
    clipped ||= expanded.clipped;
    if (expanded.cells.some((text) => text !== '')) {
      const loc: SourceLocation = { cell: `表${table.index} 第${table.rowNumber}行第1列` };
      sink.push(expanded.cells, loc);
    }
  };

  for (const token of tokenizeHtml(html)) {
    if (sink.truncated) break;
    if (token.type === 'text') {
      if (!currentCell() && block.length === 0 && /\S/.test(token.text)) blockLine = token.line;
      if (!currentCell() && block.length === 0 && !/\S/.test(token.text)) continue;
      appendText(token.text);
      continue;
    }
    const name = token.name;
    const top = tables.at(-1);
    if (ignoredDepth > 0 && isTableElement(name)) {
      if (name === 'table') ignoredDepth += token.type === 'start' ? 1 : -1;
      else if (token.type === 'start' && name === 'tr') appendBreak();
      else if (token.type === 'start') appendText(' ');
      continue;
    }
    if (token.type === 'start') {
      if (name === 'table') {
        if (tables.length >= limit.maxTableDepth) {
          if (ignoredDepth === 0) issues.push(createDepthIssue(limit.maxTableDepth));
          ignoredDepth = 1;
          appendBreak();
          continue;
        }
        if (!currentCell()) flushBlock();
        tables.push({ index: ++tableCount, rowNumber: 0, cover: [], row: undefined, cell: undefined });
      } else if (name === 'tr' && top) {
        closeRow(top);
        top.row = [];
      } else if ((name === 'td' || name === 'th') && top) {
        closeCell(top);
        top.row ??= [];
        top.cell = { parts: [], rowspan: readSpan(token.attrs.rowspan, MAX_ROWSPAN), colspan: readSpan(token.attrs.colspan, MAX_COLSPAN) };
      } else if (BLOCK_ELEMENTS.has(name)) {
        if (currentCell()) appendBreak();
        else flushBlock();
      }
    } else if (name === 'table' && top) {
      closeRow(top);
      tables.pop();
    } else if (name === 'tr' && top) {
      closeRow(top);
    } else if ((name === 'td' || name === 'th') && top) {
      closeCell(top);
    } else if (BLOCK_ELEMENTS.has(name)) {
      if (currentCell()) appendBreak();
      else flushBlock();
    }
  }
  while (tables.length > 0) closeRow(tables.pop() as TableState);
  flushBlock();
  if (sink.truncated) issues.push(createTruncatedIssue(limit.maxRows));
  if (clipped) {
    issues.push(createIssue('truncated', 'warning', `表格某行超过 ${limit.maxColumns} 列，超出部分未导入。`));
  }
  return { format: options.format ?? 'html', rows: sink.rows, issues };
}

function isTableElement(name: string): boolean {
  return name === 'table' || name === 'tr' || name === 'td' || name === 'th';
}

function readSpan(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ');
}

/** Source whitespace collapses to one space; the '\n' markers from blocks remain; empty lines go. */
function finishCellText(parts: readonly string[]): string {
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function createDepthIssue(maxDepth: number): ImportIssue {
  return createIssue('nesting-too-deep', 'warning', `表格嵌套超过 ${maxDepth} 层，更深的表格按单元格文字读取。`);
}
