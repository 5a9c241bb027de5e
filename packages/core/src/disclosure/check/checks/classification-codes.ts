import type { CodeTable } from '../../model/disclosure';
import { createCannotRunFinding, createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { normalizeLabel } from '../disclosure-values';

const RULE = 'classification-codes';

/** rules.md R-CODE-01…04 (with disclosure-checks.md 10): codes exist in the year's catalogue under the printed name; economic pairs follow the crosswalk. */
export const classificationCodes: DisclosureCheck = {
  id: RULE,
  clause: 10,
  title: '科目编码、名称与经济分类对应关系正确',
  run: ({ disclosure: d, catalogue }) => {
    if (!catalogue) return [createCannotRunFinding(RULE, ['表5', '表6'], '未加载当年政府收支分类科目')];
    const out: DisclosureFinding[] = [];
    const tables: [string, CodeTable | null][] = [['表5', d.generalFunction], ['表6', d.generalEconomic], ['表7', d.basicFunction], ['表8', d.basicEconomic]];
    for (const [id, t] of tables) {
      if (!t) continue;
      const names = t.codeKind === 'function' ? catalogue.functionCodes : catalogue.deptEconomicCodes;
      for (const r of t.rows) {
        if (r.code === null) continue;
        const official = names[r.code];
        if (official === undefined) out.push(createDisclosureFinding({ rule: RULE, severity: 'warning', message: `${id} 科目 ${r.code} ${r.name} 不在 ${catalogue.year} 年分类科目目录中（目录为节选时请补充）`, tables: [id], evidence: { code: r.code, name: r.name } }));
        else if (normalizeLabel(official) !== normalizeLabel(r.name)) out.push(createDisclosureFinding({ rule: RULE, severity: 'warning', message: `${id} 科目 ${r.code} 名为“${r.name}”，${catalogue.year} 年目录为“${official}”`, tables: [id], evidence: { code: r.code, printed: r.name, official } }));
        if (t.codeKind === 'economic' && r.code.length === 5 && r.govCode) {
          const allowed = catalogue.crosswalk[r.code];
          if (allowed && !allowed.includes(r.govCode)) out.push(createDisclosureFinding({ rule: RULE, message: `${id} 部门经济科目 ${r.code} ${r.name} 对应政府经济科目 ${r.govCode}，对应关系应为 ${allowed.join('/')}`, tables: [id], evidence: { code: r.code, govCode: r.govCode, expected: [...allowed] } }));
        }
      }
    }
    return out;
  },
};
