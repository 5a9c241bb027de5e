import { formatWan, formatYuan } from '../../model/money';
import type { GeneratedCell, GeneratedDisclosure, GeneratedHeaderCell, GeneratedTable } from './generated-disclosure';

/** Where each header cell sits (row, column), placed as a printed table places spanned cells. */
export function placeHeaderCells(columns: readonly (readonly GeneratedHeaderCell[])[], width: number): { row: number; col: number; cell: GeneratedHeaderCell }[] {
  const taken: boolean[][] = columns.map(() => Array.from({ length: width }, () => false));
  const out: { row: number; col: number; cell: GeneratedHeaderCell }[] = [];
  columns.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (c < width && taken[r]![c]) c++;
      if (c >= width) break;
      for (let dr = 0; dr < cell.rowSpan && r + dr < taken.length; dr++) for (let dc = 0; dc < cell.colSpan && c + dc < width; dc++) taken[r + dr]![c + dc] = true;
      out.push({ row: r, col: c, cell });
      c += cell.colSpan;
    }
  });
  return out;
}

/** Header rows as a grid of texts (a spanned cell's text in its first position, '' where it extends). */
export function layoutHeaderGrid(columns: readonly (readonly GeneratedHeaderCell[])[], width: number): string[][] {
  const grid = columns.map(() => Array.from({ length: width }, () => ''));
  for (const p of placeHeaderCells(columns, width)) grid[p.row]![p.col] = p.cell.text;
  return grid;
}

/** A body cell as text: 元 tables print 5,142,114.94; 万元 tables 514.21; counts as integers. */
export function formatGeneratedCell(cell: GeneratedCell, moneyUnit: '元' | '万元'): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if ('fen' in cell) return moneyUnit === '万元' ? formatWan(cell.fen) : formatYuan(cell.fen);
  return String(cell.count);
}

function renderTable(t: GeneratedTable, department: string): string[] {
  const out = [t.id, '', t.title, '', `部门名称：${department}`, '', `单位：${t.moneyUnit}`, ''];
  for (const r of layoutHeaderGrid(t.columns, t.fields.length)) out.push(r.join('\t'));
  for (const r of t.rows) out.push(r.cells.map((c) => formatGeneratedCell(c, t.moneyUnit)).join('\t'));
  if (t.empty && t.emptyNote) out.push('', t.emptyNote);
  out.push('');
  return out;
}

/**
 * The whole disclosure as tab-separated text in the layout of sample 001 (narrative, 报表目录,
 * 表1…). The checks read it back with readDisclosure; `disclosure build --format txt` writes it.
 */
export function renderDisclosureText(d: GeneratedDisclosure): string {
  const out: string[] = ['', d.department, d.title, ''];
  let part = '';
  for (const s of d.narrative.sections) {
    if (s.part !== part) {
      part = s.part;
      out.push(part, '');
    }
    out.push(s.title, '');
    for (const p of s.paragraphs) out.push(p, '');
    if (s.table) {
      if (s.table.title) out.push(s.table.title, '');
      if (s.table.moneyUnit) out.push(`单位：${s.table.moneyUnit}`, '');
      out.push(s.table.header.join('\t'), ...s.table.rows.map((r) => r.join('\t')), '');
    }
  }
  out.push(`${d.fiscalYear}年部门综合预算公开报表`, '', `部门名称：${d.department}`, '', '报表目录', '', '报表\t报表名称\t是否空表\t表格为空的理由');
  const listed = new Set<string>();
  for (const t of d.tables) {
    const id = t.id.replace(/-\d+$/, '');
    if (listed.has(id)) continue;
    listed.add(id);
    out.push([id, t.title, t.empty ? '是' : '', t.empty ? (t.emptyNote ?? '') : ''].join('\t'));
  }
  out.push('');
  for (const t of d.tables) out.push(...renderTable(t, d.department));
  return out.join('\n');
}
