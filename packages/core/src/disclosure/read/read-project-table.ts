import type { Row } from '../../import/cell-document';
import type { ProjectNode, ProjectTable } from '../model/disclosure';
import { normalizeTitle } from '../lexicon/disclosure-template';
import { parseYuanCell } from './parse-yuan-cell';

interface FlatRow {
  readonly unitCode: string | null;
  readonly name: string;
  readonly amount: number | null;
  readonly line: number;
}

const MAX_DEPTH = 4;

/**
 * Reads 表10 专项业务经费支出表. Project rows carry no level marks, so the tree is rebuilt from the
 * sums: a row is a parent when the rows after it add up exactly to its amount.
 */
export function readProjectTable(rows: readonly Row[]): ProjectTable | null {
  const headerIndex = rows.findIndex((r) => r.cells.some((c) => /项目金额|金额/.test(normalizeTitle(c))) && r.cells.some((c) => /名称/.test(c)));
  if (headerIndex < 0) return null;
  const header = rows[headerIndex]!.cells.map(normalizeTitle);
  const codeCol = header.findIndex((c) => /编码/.test(c));
  const nameCol = header.findIndex((c) => /名称/.test(c));
  const amountCol = header.findIndex((c) => /金额/.test(c));
  const flat: FlatRow[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const cells = row.cells.map((c) => c.trim());
    const name = cells[nameCol] ?? '';
    if (name === '' && (cells[codeCol] ?? '') === '') continue;
    flat.push({ unitCode: (cells[codeCol] ?? '') || null, name, amount: parseYuanCell(cells[amountCol]), line: row.loc.line ?? 0 });
  }
  const totalRow = flat.find((r) => r.unitCode === null && /^(合计|总计)$/.test(r.name)) ?? null;
  const rest = flat.filter((r) => r !== totalRow);
  // Unit rows: the deepest unit code row before project rows (317 → 317001); projects follow the last unit row.
  const units: ProjectNode[] = [];
  let treeCloses = true;
  let i = 0;
  while (i < rest.length) {
    const unit = rest[i]!;
    let j = i + 1;
    while (j < rest.length && rest[j]!.unitCode === null) j++;
    const projectRows = rest.slice(i + 1, j);
    const parsed = projectRows.length > 0 ? buildForest(projectRows, unit.amount) : { nodes: [], end: 0 };
    if (projectRows.length > 0 && (parsed === null || parsed.end !== projectRows.length)) treeCloses = false;
    units.push({ ...unit, children: parsed?.nodes ?? projectRows.map((r) => ({ ...r, children: [] })) });
    i = j;
  }
  return { total: totalRow ? { amount: totalRow.amount, line: totalRow.line } : null, units, treeCloses };
}

/** Reads rows from `start` as siblings adding up to `target`, each with its subtree `depth` levels deep. */
function readLevel(rows: readonly FlatRow[], start: number, target: number, depth: number): { nodes: ProjectNode[]; end: number } | null {
  const nodes: ProjectNode[] = [];
  let sum = 0;
  let k = start;
  while (sum < target && k < rows.length) {
    const row = rows[k]!;
    if (row.amount === null) return null;
    if (depth === 0) {
      nodes.push({ ...row, children: [] });
      k++;
    } else {
      const below = readLevel(rows, k + 1, row.amount, depth - 1);
      if (!below) return null;
      nodes.push({ ...row, children: below.nodes });
      k = below.end;
    }
    sum += row.amount;
  }
  return sum === target ? { nodes, end: k } : null;
}

/** Tries uniform tree depths (template levels such as 专用项目 → 一级项目 → 二级项目) until one uses every row. */
function buildForest(rows: readonly FlatRow[], target: number | null): { nodes: ProjectNode[]; end: number } | null {
  if (target === null) return null;
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    const tree = readLevel(rows, 0, target, depth);
    if (tree && tree.end === rows.length) return tree;
  }
  return null;
}
