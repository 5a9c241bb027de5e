import { DISCLOSURE_TEMPLATE } from '../../lexicon/disclosure-template';
import { createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';

const RULE = 'empty-table-note';

/** Words that name what a table is about, to see whether an explanation names its own table. */
const SUBJECTS: Readonly<Record<string, RegExp>> = {
  governmentFund: /政府性基金/,
  carryover: /结转/,
  specialFundTarget: /专项资金/,
  procurement: /政府采购/,
  threePublic: /三公/,
  projects: /专项业务经费|项目支出/,
  projectTarget: /绩效目标/,
};

/** disclosure-checks.md 17 (R-PUB-06): an empty table carries its own explanation naming that table. */
export const emptyTableNote: DisclosureCheck = {
  id: RULE,
  clause: 17,
  title: '空表有针对本表的说明',
  run: ({ disclosure: d }) => {
    const out: DisclosureFinding[] = [];
    for (const t of d.tables) {
      if (!t.empty) continue;
      const listing = d.catalogue.find((c) => c.id === t.id);
      const subject = t.kind ? SUBJECTS[t.kind] : undefined;
      const reason = listing?.emptyReason ?? null;
      const narrativeNote = subject ? d.narrative.emptyTableNotes.find((n) => subject.test(n)) : undefined;
      const namesTable = reason !== null && subject !== undefined && subject.test(reason);
      if (!listing?.empty)
        out.push(createDisclosureFinding({ rule: RULE, message: `${t.id}《${t.title}》没有数据，但报表目录未标为空表`, tables: [t.id], evidence: { table: t.id, catalogueEmpty: listing?.empty ?? null } }));
      else if (!reason && !narrativeNote)
        out.push(createDisclosureFinding({ rule: RULE, message: `${t.id}《${t.title}》为空表，但没有说明为空的理由`, tables: [t.id], evidence: { table: t.id, reason } }));
      else if (!namesTable && !narrativeNote)
        out.push(
          createDisclosureFinding({
            rule: RULE,
            severity: 'warning',
            message: `${t.id}《${t.title}》为空表，理由只写“${reason ?? ''}”，没有说明本部门为何没有${DISCLOSURE_TEMPLATE.find((e) => e.kind === t.kind)?.title.replace(/^部门综合预算/, '') ?? '该表'}的内容`,
            suggestion: '写明本表为空的具体原因，如“本部门无专项资金，故本表为空表”。',
            tables: [t.id],
            evidence: { table: t.id, reason },
          }),
        );
    }
    for (const listing of d.catalogue)
      if (listing.empty && d.tables.some((t) => t.id === listing.id && !t.empty))
        out.push(createDisclosureFinding({ rule: RULE, message: `报表目录把${listing.id}标为空表，但该表有数据`, tables: [listing.id], evidence: { table: listing.id } }));
    return out;
  },
};
