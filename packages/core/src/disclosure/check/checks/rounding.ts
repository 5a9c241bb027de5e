import { createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';

const RULE = 'rounding';

/** disclosure-checks.md 19: 元 tables print 2 decimals; 万元 narrative figures print 2 decimals. */
export const rounding: DisclosureCheck = {
  id: RULE,
  clause: 19,
  title: '金额保留两位小数',
  run: ({ disclosure: d }) => {
    const out: DisclosureFinding[] = [];
    const yuanTables = new Set(d.tables.filter((t) => t.moneyUnit === '元').map((t) => t.id));
    for (const cell of d.tableTexts) {
      if (!yuanTables.has(cell.table)) continue;
      const m = /^-?\d{1,3}(?:,\d{3})*(?:\.(\d+))?$|^-?\d+\.(\d+)$/.exec(cell.text);
      if (!m || !cell.text.includes(',') && !cell.text.includes('.')) continue;
      const decimals = (m[1] ?? m[2] ?? '').length;
      if (decimals !== 2) out.push(createDisclosureFinding({ rule: RULE, severity: 'warning', message: `${cell.table}第 ${cell.line} 行金额“${cell.text}”不是两位小数`, tables: [cell.table], evidence: { text: cell.text, line: cell.line } }));
    }
    for (const f of d.narrative.figures) {
      const decimals = (f.amountText.split('.')[1] ?? '').length;
      if (decimals !== 2) out.push(createDisclosureFinding({ rule: RULE, severity: 'warning', message: `说明第 ${f.line} 行“${f.label}${f.amountText}万元”不是两位小数`, tables: ['说明'], evidence: { text: f.amountText, line: f.line } }));
    }
    return out;
  },
};
