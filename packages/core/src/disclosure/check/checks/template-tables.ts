import { DISCLOSURE_TEMPLATE, normalizeTitle } from '../../lexicon/disclosure-template';
import { createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';

const RULE = 'template-tables';

/** disclosure-checks.md 16: every template table present, in order, numbered and titled, with the department's name and a layout of its kind. */
export const templateTables: DisclosureCheck = {
  id: RULE,
  clause: 16,
  title: '模板规定的报表齐全、有序、标题正确',
  run: ({ disclosure: d }) => {
    const out: DisclosureFinding[] = [];
    let lastIndex = -1;
    for (const entry of DISCLOSURE_TEMPLATE) {
      const printed = d.tables.filter((t) => t.kind === entry.kind);
      const listing = d.catalogue.find((c) => c.id === entry.id);
      if (printed.length === 0) {
        out.push(
          createDisclosureFinding({
            rule: RULE,
            message: `缺少${entry.id}《${entry.title}》${listing?.empty ? `（报表目录标为空表，理由“${listing.emptyReason ?? ''}”，但空表也须公开）` : listing ? '（报表目录列有此表）' : ''}`,
            suggestion: '按模板补上该表；无数据时公开空表并写明为空的理由。',
            tables: [entry.id],
            evidence: { table: entry.id, title: entry.title, listedInCatalogue: Boolean(listing), listedEmpty: listing?.empty ?? null },
          }),
        );
        continue;
      }
      const first = printed[0]!;
      const index = d.tables.indexOf(first);
      if (index < lastIndex) out.push(createDisclosureFinding({ rule: RULE, severity: 'warning', message: `${entry.id}《${entry.title}》的位置与模板顺序不符`, tables: [entry.id], evidence: { table: entry.id } }));
      lastIndex = Math.max(lastIndex, index);
      for (const t of printed) {
        const expectedId = entry.repeats ? new RegExp(`^${entry.id}(-\\d+)?$`) : new RegExp(`^${entry.id}$`);
        if (!t.numbered) out.push(createDisclosureFinding({ rule: RULE, severity: 'warning', message: `《${t.title}》（第 ${t.startLine} 行）没有表号，应为${entry.id}`, tables: [entry.id], evidence: { table: entry.id, title: t.title, line: t.startLine } }));
        else if (!expectedId.test(t.id)) out.push(createDisclosureFinding({ rule: RULE, message: `${t.id}的标题《${t.title}》是模板中${entry.id}的表`, tables: [t.id, entry.id], evidence: { table: t.id, title: t.title, expected: entry.id } }));
        if (d.department && t.unitName && normalizeTitle(t.unitName) !== normalizeTitle(d.department))
          out.push(createDisclosureFinding({ rule: RULE, message: `${t.id}的部门名称“${t.unitName}”与“${d.department}”不一致`, tables: [t.id], evidence: { table: t.id, unitName: t.unitName, department: d.department } }));
      }
      if (entry.headerHints && !first.empty && first.headerCells.length > 0 && !entry.headerHints.some((h) => first.headerCells.some((c) => normalizeTitle(c).includes(normalizeTitle(h)))))
        out.push(
          createDisclosureFinding({
            rule: RULE,
            severity: 'warning',
            message: `${first.id}标题为《${first.title}》，但表头（${first.headerCells.slice(0, 6).join('、')}…）没有${entry.headerHints.join('/')}等${entry.title.replace(/^部门综合预算/, '')}应有的栏目`,
            tables: [first.id],
            evidence: { table: first.id, expectedColumns: [...entry.headerHints], header: first.headerCells.slice(0, 12) },
          }),
        );
    }
    for (const listing of d.catalogue) {
      const entry = DISCLOSURE_TEMPLATE.find((e) => e.id === listing.id);
      if (entry && normalizeTitle(listing.title) !== normalizeTitle(entry.title))
        out.push(createDisclosureFinding({ rule: RULE, severity: 'warning', message: `报表目录中${listing.id}名为《${listing.title}》，模板为《${entry.title}》`, tables: [listing.id], evidence: { table: listing.id, catalogue: listing.title, template: entry.title } }));
    }
    return out;
  },
};
