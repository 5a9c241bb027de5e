import type { Workbook, Worksheet } from 'exceljs';

/** Name of the very hidden sheet that carries the exported models. */
export const JIXIAO_SHEET = '_jixiao';
export const JIXIAO_FORMAT = 'jixiao-xlsx/1';
/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32_767;
const CHUNK = 32_000;
const FIRST_CHUNK_COL = 8;

export interface JixiaoSheetEntry {
  readonly sheet: string;
  readonly id: string | null;
  readonly version: number | null;
  readonly layoutId: string;
  /** `project`, `project-list` or `department`. */
  readonly kind: string;
  /** LayoutOptions used to build the view (profile id, region). */
  readonly options: Readonly<Record<string, unknown>>;
  /** The model as JSON. */
  readonly json: string;
}

const HEADERS = ['sheet', 'id', 'version', 'layout', 'kind', 'options', 'parts'];

/** Splits text into pieces a cell can hold, never between a surrogate pair. */
export function splitForCells(text: string, size = CHUNK): string[] {
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + size);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    parts.push(text.slice(i, end));
    i = end;
  }
  return parts.length ? parts : [''];
}

export function writeJixiaoSheet(wb: Workbook, entries: readonly JixiaoSheetEntry[]): Worksheet {
  const ws = wb.addWorksheet(JIXIAO_SHEET, { state: 'veryHidden' });
  ws.getCell(1, 1).value = JIXIAO_FORMAT;
  HEADERS.forEach((h, i) => (ws.getCell(2, i + 1).value = h));
  ws.getCell(2, FIRST_CHUNK_COL).value = 'json…';
  entries.forEach((e, r) => {
    const row = r + 3;
    const parts = splitForCells(e.json);
    const values: (string | number)[] = [e.sheet, e.id ?? '', e.version ?? '', e.layoutId, e.kind, JSON.stringify(e.options), parts.length];
    values.forEach((v, i) => (ws.getCell(row, i + 1).value = v));
    parts.forEach((p, i) => (ws.getCell(row, FIRST_CHUNK_COL + i).value = p));
  });
  return ws;
}

const text = (v: unknown): string => {
  if (v == null) return '';
  if (typeof v === 'object' && v !== null && 'richText' in v) return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
  return String(v);
};

/** Entries of the hidden sheet; null when the workbook has none (not a Jixiao export). */
export function readJixiaoSheet(wb: Workbook): JixiaoSheetEntry[] | null {
  const ws = wb.getWorksheet(JIXIAO_SHEET);
  if (!ws || text(ws.getCell(1, 1).value) !== JIXIAO_FORMAT) return null;
  const entries: JixiaoSheetEntry[] = [];
  for (let row = 3; row <= ws.rowCount; row++) {
    const sheet = text(ws.getCell(row, 1).value);
    if (!sheet) continue;
    const parts = Number(text(ws.getCell(row, 7).value)) || 1;
    let json = '';
    for (let i = 0; i < parts; i++) json += text(ws.getCell(row, FIRST_CHUNK_COL + i).value);
    const version = text(ws.getCell(row, 3).value);
    let options: Record<string, unknown> = {};
    try {
      options = JSON.parse(text(ws.getCell(row, 6).value) || '{}') as Record<string, unknown>;
    } catch {
      options = {};
    }
    entries.push({
      sheet,
      id: text(ws.getCell(row, 2).value) || null,
      version: version === '' ? null : Number(version),
      layoutId: text(ws.getCell(row, 4).value),
      kind: text(ws.getCell(row, 5).value),
      options,
      json,
    });
  }
  return entries;
}
