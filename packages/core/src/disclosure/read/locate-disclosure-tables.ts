import type { Row } from '../../import/cell-document';
import type { CatalogueListing, DisclosureTable } from '../model/disclosure';
import { matchTemplateTable, normalizeTitle } from '../lexicon/disclosure-template';
import { isAmountCell } from './parse-yuan-cell';

export interface LocatedTable {
  readonly table: DisclosureTable;
  /** The rows below the title, up to the next table. */
  readonly rows: readonly Row[];
}

export interface LocatedDisclosure {
  readonly narrativeRows: readonly Row[];
  readonly catalogue: readonly CatalogueListing[];
  readonly tables: readonly LocatedTable[];
}

const MARKER = /^表\s*(\d+(?:-\d+)?)$/;

function filled(row: Row): string[] {
  return row.cells.map((c) => c.trim()).filter((c) => c !== '');
}

function lineOf(row: Row | undefined): number {
  return row?.loc.line ?? 0;
}

/** Splits a disclosure's rows into narrative, 报表目录 and tables, found by 表N markers and template titles. */
export function locateDisclosureTables(rows: readonly Row[]): LocatedDisclosure {
  const starts: { index: number; id: string | null }[] = [];
  let catalogueIndex = -1;
  let inTables = false;
  for (let i = 0; i < rows.length; i++) {
    const cells = filled(rows[i]!);
    if (cells.length !== 1) continue;
    const text = cells[0]!;
    const marker = MARKER.exec(text);
    if (marker) {
      starts.push({ index: i, id: `表${marker[1]}` });
      inTables = true;
      continue;
    }
    if (text === '报表目录' || normalizeTitle(text) === '公开报表目录') {
      catalogueIndex = i;
      inTables = true;
      continue;
    }
    if (inTables && matchTemplateTable(text) && !isTitleOfPrevious(rows, starts, i)) starts.push({ index: i, id: null });
  }
  const firstTable = starts[0]?.index ?? rows.length;
  const narrativeEnd = catalogueIndex >= 0 ? Math.min(catalogueIndex, firstTable) : firstTable;
  const catalogue = catalogueIndex >= 0 ? readCatalogue(rows.slice(catalogueIndex + 1, starts.find((s) => s.index > catalogueIndex)?.index ?? rows.length)) : [];
  const tables = starts.map((start, k) => {
    const end = starts[k + 1]?.index ?? rows.length;
    return locateOne(rows.slice(start.index, end), start.id);
  });
  return { narrativeRows: rows.slice(0, narrativeEnd), catalogue, tables };
}

function isTitleOfPrevious(rows: readonly Row[], starts: readonly { index: number; id: string | null }[], i: number): boolean {
  const last = starts[starts.length - 1];
  if (!last || last.id === null) return false;
  for (let k = last.index + 1; k < i; k++) if (filled(rows[k]!).length > 0) return false;
  return true;
}

function locateOne(slice: readonly Row[], markerId: string | null): LocatedTable {
  const titleIndex = markerId === null ? 0 : slice.findIndex((r, k) => k > 0 && filled(r).length > 0);
  const titleRow = titleIndex >= 0 ? slice[titleIndex] : undefined;
  const title = titleRow ? filled(titleRow).join('') : '';
  const template = matchTemplateTable(title);
  let unitName: string | null = null;
  let moneyUnit: string | null = null;
  const body: Row[] = [];
  for (const row of slice.slice(titleIndex + 1)) {
    let meta = false;
    for (const cell of filled(row)) {
      const dept = /^部门(?:（单位）)?名称[:：]\s*(.+)$/.exec(cell);
      const unit = /^(?:金额)?单位[:：]\s*(万元|元)$/.exec(cell);
      if (dept) {
        unitName = dept[1]!.trim();
        meta = true;
      }
      if (unit) {
        moneyUnit = unit[1]!;
        meta = true;
      }
    }
    if (!meta) body.push(row);
  }
  if (moneyUnit === null && body.some((r) => r.cells.some((c) => /[(（]万元[)）]/.test(c)))) moneyUnit = '万元';
  const id = markerId ?? template?.id ?? title;
  const empty = !body.some((r) => r.cells.some((c) => /\d/.test(c) && !/^表/.test(c.trim())));
  const firstData = body.findIndex((r) => r.cells.some((c) => isAmountCell(c)));
  const headerCells = body.slice(0, firstData < 0 ? Math.min(body.length, 6) : firstData).flatMap(filled);
  const table: DisclosureTable = {
    id,
    kind: template?.kind ?? null,
    title,
    numbered: markerId !== null,
    unitName,
    moneyUnit,
    startLine: lineOf(slice[0]),
    endLine: slice[slice.length - 1]?.loc.endLine ?? lineOf(slice[slice.length - 1]),
    empty,
    headerCells,
  };
  return { table, rows: body };
}

function readCatalogue(rows: readonly Row[]): CatalogueListing[] {
  const out: CatalogueListing[] = [];
  let emptyCol = 2;
  let reasonCol = 3;
  for (const row of rows) {
    const cells = row.cells.map((c) => c.trim());
    const header = cells.findIndex((c) => c === '是否空表');
    if (header >= 0) {
      emptyCol = header;
      reasonCol = cells.findIndex((c) => /理由|说明/.test(c));
      continue;
    }
    const id = MARKER.exec(cells[0] ?? '');
    if (!id) continue;
    const emptyText = cells[emptyCol] ?? '';
    const reason = reasonCol >= 0 ? (cells[reasonCol] ?? '') : '';
    out.push({ id: `表${id[1]}`, title: cells[1] ?? '', empty: emptyText === '是', emptyReason: reason === '' ? null : reason, line: lineOf(row) });
  }
  return out;
}
