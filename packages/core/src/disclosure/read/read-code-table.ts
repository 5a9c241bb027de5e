import type { Row } from '../../import/cell-document';
import type { CodeRow, CodeTable } from '../model/disclosure';
import { normalizeTitle } from '../lexicon/disclosure-template';
import { parseYuanCell } from './parse-yuan-cell';

function findColumn(header: readonly string[], re: RegExp): number {
  return header.findIndex((c) => re.test(c));
}

/** Reads a classification table (表5–表8): columns found by their header names, one CodeRow per data row. */
export function readCodeTable(rows: readonly Row[]): CodeTable | null {
  const headerIndex = rows.findIndex((r) => r.cells.some((c) => /^(功能科目编码|部门经济科目编码|科目编码)$/.test(normalizeTitle(c))));
  if (headerIndex < 0) return null;
  const header = rows[headerIndex]!.cells.map(normalizeTitle);
  const functionCol = findColumn(header, /^功能科目编码$/);
  const codeCol = functionCol >= 0 ? functionCol : findColumn(header, /^(部门经济科目编码|科目编码)$/);
  const nameCol = findColumn(header, functionCol >= 0 ? /^功能科目名称$/ : /^(部门经济科目名称|科目名称)$/);
  const govCodeCol = findColumn(header, /^政府经济科目编码$/);
  const govNameCol = findColumn(header, /^政府经济科目名称$/);
  const totalCol = findColumn(header, /^(合计|总计)$/);
  const personnelCol = findColumn(header, /^人员经费/);
  const publicCol = findColumn(header, /^公用经费/);
  const projectCol = findColumn(header, /^(专项业务经费|项目支出)/);
  if (codeCol < 0 || totalCol < 0) return null;
  const out: CodeRow[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const cells = row.cells.map((c) => c.trim());
    const code = cells[codeCol] ?? '';
    const isTotal = code === '' && cells.some((c) => /^(合计|总计)$/.test(c));
    if (!isTotal && !/^\d{3,7}$/.test(code)) continue;
    const at = (k: number): string | null => (k >= 0 ? (cells[k] ?? '') || null : null);
    out.push({
      code: isTotal ? null : code,
      name: isTotal ? '合计' : (at(nameCol) ?? ''),
      govCode: at(govCodeCol),
      govName: at(govNameCol),
      total: parseYuanCell(cells[totalCol]),
      personnel: personnelCol >= 0 ? parseYuanCell(cells[personnelCol]) : null,
      publicUse: publicCol >= 0 ? parseYuanCell(cells[publicCol]) : null,
      ...(projectCol >= 0 ? { project: parseYuanCell(cells[projectCol]) } : {}),
      line: row.loc.line ?? 0,
    });
  }
  return { codeKind: functionCol >= 0 ? 'function' : 'economic', hasProjectColumn: projectCol >= 0, rows: out };
}
