/** Titles that open a form, and what kind of form they open. Matched on compacted text. */
export type FormKind = 'project' | 'department' | 'project-list' | 'self-evaluation' | 'disclosure';

export const FORM_TITLES: ReadonlyArray<readonly [RegExp, FormKind]> = [
  [/绩效自评表|自评表$/, 'self-evaluation'],
  [/部门整体(支出)?绩效目标(表|申报表)?$|单位整体(支出)?绩效目标(表|申报表)?$/, 'department'],
  [/项目支出绩效目标公开表|绩效目标公开表$/, 'project-list'],
  [/专项资金总体绩效目标表$/, 'project'],
  [/(项目支出|专项业务经费|项目)?(预算)?绩效目标(申报|审核)?表$/, 'project'],
  [/部门预算公开|预算公开说明|综合预算公开报表/, 'disclosure'],
];

/** Rows that are page furniture, scanner marks or conversion leftovers, not content. */
export const BOILERPLATE: readonly RegExp[] = [
  /^扫描全能王/,
  /^CamScanner/i,
  /^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$/,
  /^共\s*\d+\s*页/,
  /^-?\s*\d{1,4}\s*-?$/,
  /^[-—_=.。·…\s|:]+$/,
  /^\[bookmark:[^\]]*\]$/,
  /^目\s*录$/,
  /^第[一二三四五六七八九十]+部分(\s.{0,12})?$/,
  /^附\s*[件表]\s*\d*$/,
  /^表\s*\d+(\s*[-－—]\s*\d+)?$/,
];

/** Leftovers to strip from the start of a cell: Word bookmarks, list bullets. */
export const CELL_PREFIX_NOISE = /^(\[bookmark:[^\]]*\]\s*)+/;
