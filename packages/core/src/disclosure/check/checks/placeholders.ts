import { createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';

const RULE = 'placeholders';
const PLACEHOLDER = /XX|ＸＸ|××|待填写|待补充|\{[^}]*\}|另附|【[^】]*单位[^】]*】/;

/** disclosure-checks.md 18: no placeholders, no stray years in the tables, a money unit on every table with numbers. */
export const placeholders: DisclosureCheck = {
  id: RULE,
  clause: 18,
  title: '无占位符、无错年份、每表标明单位',
  run: ({ disclosure: d }) => {
    const out: DisclosureFinding[] = [];
    const narrativeHit = PLACEHOLDER.exec(d.narrative.text);
    if (narrativeHit) out.push(createDisclosureFinding({ rule: RULE, message: `说明中有未替换的占位内容“${narrativeHit[0]}”`, tables: ['说明'], evidence: { text: narrativeHit[0], offset: narrativeHit.index } }));
    for (const cell of d.tableTexts) {
      const hit = PLACEHOLDER.exec(cell.text);
      if (hit) out.push(createDisclosureFinding({ rule: RULE, message: `${cell.table}第 ${cell.line} 行有未替换的占位内容“${hit[0]}”`, tables: [cell.table], evidence: { text: cell.text, line: cell.line } }));
      if (d.fiscalYear !== null)
        for (const m of cell.text.matchAll(/(20\d{2})年/g)) {
          const year = Number(m[1]);
          if (year !== d.fiscalYear && year !== d.fiscalYear - 1 && !/目录|药品/.test(cell.text))
            out.push(createDisclosureFinding({ rule: RULE, severity: 'warning', message: `${cell.table}第 ${cell.line} 行出现 ${year} 年，预算年度为 ${d.fiscalYear} 年`, tables: [cell.table], evidence: { text: cell.text, year, fiscalYear: d.fiscalYear, line: cell.line } }));
        }
    }
    for (const t of d.tables)
      if (!t.empty && t.moneyUnit === null)
        out.push(createDisclosureFinding({ rule: RULE, severity: 'warning', message: `${t.id}《${t.title}》没有标明金额单位（元或万元）`, tables: [t.id], evidence: { table: t.id } }));
    return out;
  },
};
