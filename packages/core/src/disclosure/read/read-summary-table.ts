import type { Row } from '../../import/cell-document';
import type { SummaryItem, SummaryTable } from '../model/disclosure';
import { normalizeTitle } from '../lexicon/disclosure-template';
import { parseYuanCell } from './parse-yuan-cell';

const GROUPS: readonly { group: SummaryItem['group']; header: RegExp }[] = [
  { group: 'income', header: /^(项目|收入项目)$/ },
  { group: 'function', header: /^支出功能分类(科目)?/ },
  { group: 'deptEconomic', header: /^部门预算支出经济分类/ },
  { group: 'govEconomic', header: /^政府预算支出经济分类/ },
];

/** Splits a label into its numbering level and bare text ("(1) 工资福利支出" → 2, "工资福利支出"). */
export function splitSummaryLabel(raw: string): { level: number; label: string } {
  const t = raw.trim();
  const patterns: readonly [RegExp, number][] = [
    [/^[一二三四五六七八九十]+、\s*/, 0],
    [/^\d+、\s*/, 1],
    [/^[(（]\d+[)）]\s*/, 2],
    [/^其中[:：]\s*/, 3],
  ];
  for (const [re, level] of patterns) if (re.test(t)) return { level, label: t.replace(re, '').trim() };
  if (/合计|总计|结转|余额|差额|结余/.test(t)) return { level: -1, label: t };
  return { level: 2, label: t };
}

/** Reads a 收支总表 (表1, 表4, 表9): label/预算数 column pairs found by their header names. */
export function readSummaryTable(rows: readonly Row[]): SummaryTable | null {
  const headerIndex = rows.findIndex((r) => r.cells.some((c) => /^支出功能分类(科目)?/.test(normalizeTitle(c))));
  if (headerIndex < 0) return null;
  const header = rows[headerIndex]!.cells.map(normalizeTitle);
  const columns: { group: SummaryItem['group']; label: number; value: number }[] = [];
  header.forEach((cell, k) => {
    const g = GROUPS.find((x) => x.header.test(cell));
    if (g && /预算数|金额/.test(header[k + 1] ?? '')) columns.push({ group: g.group, label: k, value: k + 1 });
  });
  const items: SummaryItem[] = [];
  for (const { group, label, value } of columns) {
    const parents: (string | null)[] = [null, null, null, null];
    for (const row of rows.slice(headerIndex + 1)) {
      const raw = (row.cells[label] ?? '').trim();
      if (raw === '') continue;
      const { level, label: bare } = splitSummaryLabel(raw);
      const parent = level > 0 ? (parents.slice(0, level).reverse().find((p) => p !== null) ?? null) : null;
      if (level >= 0) {
        parents[level] = bare;
        for (let k = level + 1; k < parents.length; k++) parents[k] = null;
      }
      items.push({ group, label: bare, rawLabel: raw, level, parent, amount: parseYuanCell(row.cells[value]), line: row.loc.line ?? 0 });
    }
  }
  return { items };
}
