/** One table of a disclosure template (rules.md §7.1: a configurable template definition, not law). */
export interface TemplateTable {
  readonly id: string;
  readonly kind: string;
  /** The title as the template prints it. */
  readonly title: string;
  /** Matches the normalised title (no spaces, no quotes, full-width brackets → ASCII). */
  readonly pattern: RegExp;
  /** Tables of this kind may repeat as 表14-1, 表14-2 … */
  readonly repeats?: boolean;
  /** Header cells that tell this table's layout apart (any one must be present); none for free layouts. */
  readonly headerHints?: readonly string[];
}

/** The 16 tables of the 陕西 部门综合预算 template that 001 follows, in order. */
export const DISCLOSURE_TEMPLATE: readonly TemplateTable[] = [
  { id: '表1', kind: 'summary', title: '部门综合预算收支总表', pattern: /^(部门综合预算)?收支总表$/, headerHints: ['支出功能分类科目(按大类)'] },
  { id: '表2', kind: 'income', title: '部门综合预算收入总表', pattern: /^(部门综合预算)?收入总表$/, headerHints: ['一般公共预算拨款', '公共预算拨款'] },
  { id: '表3', kind: 'expenditure', title: '部门综合预算支出总表', pattern: /^(部门综合预算)?支出总表$/, headerHints: ['基本支出', '人员经费', '专项业务经费', '项目支出'] },
  { id: '表4', kind: 'fiscalSummary', title: '部门综合预算财政拨款收支总表', pattern: /^(部门综合预算)?财政拨款收支总表$/, headerHints: ['支出功能分类科目(按大类)'] },
  { id: '表5', kind: 'generalFunction', title: '部门综合预算一般公共预算支出明细表（按支出功能分类科目）', pattern: /^(部门综合预算)?一般公共预算支出(明细)?表\(按(支出)?功能分类(科目)?\)$/, headerHints: ['功能科目编码'] },
  { id: '表6', kind: 'generalEconomic', title: '部门综合预算一般公共预算支出明细表（按支出经济分类科目）', pattern: /^(部门综合预算)?一般公共预算支出(明细)?表\(按(支出)?经济分类(科目)?\)$/, headerHints: ['部门经济科目编码'] },
  { id: '表7', kind: 'basicFunction', title: '部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）', pattern: /^(部门综合预算)?一般公共预算基本支出(明细)?表\(按(支出)?功能分类(科目)?\)$/, headerHints: ['功能科目编码'] },
  { id: '表8', kind: 'basicEconomic', title: '部门综合预算一般公共预算基本支出明细表（按支出经济分类科目）', pattern: /^(部门综合预算)?一般公共预算基本支出(明细)?表\(按(支出)?经济分类(科目)?\)$/, headerHints: ['部门经济科目编码'] },
  { id: '表9', kind: 'governmentFund', title: '部门综合预算政府性基金收支表', pattern: /^(部门综合预算)?政府性基金(预算)?收支表$/ },
  { id: '表10', kind: 'projects', title: '部门综合预算专项业务经费支出表', pattern: /^(部门综合预算)?专项业务经费支出表$/, headerHints: ['项目金额'] },
  { id: '表11', kind: 'carryover', title: '部门综合预算财政拨款结转资金支出表', pattern: /^(部门综合预算)?财政拨款结转资金支出表$/ },
  { id: '表12', kind: 'procurement', title: '部门综合预算政府采购（资产配置、购买服务）预算表', pattern: /^(部门综合预算)?政府采购(\(资产配置、购买服务\))?预算表$/, headerHints: ['采购目录'] },
  { id: '表13', kind: 'threePublic', title: '部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表', pattern: /^(部门综合预算)?一般公共预算(拨款)?三公经费及会议费、培训费支出预算表$/, headerHints: ['培训费'] },
  { id: '表14', kind: 'projectTarget', title: '部门专项业务经费绩效目标表', pattern: /^部门专项业务经费绩效目标表$/, repeats: true },
  { id: '表15', kind: 'departmentTarget', title: '部门整体支出绩效目标表', pattern: /^部门整体支出绩效目标表$/ },
  { id: '表16', kind: 'specialFundTarget', title: '专项资金总体绩效目标表', pattern: /^专项资金总体绩效目标表$/ },
];

/** Normalises a title or header cell for matching: no spaces or quotes, ASCII brackets and colons. */
export function normalizeTitle(text: string): string {
  return text
    .replace(/[\s\u3000“”"‘’'「」]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/^\d{4}年(度)?/, '');
}

/** Finds the template table whose pattern matches a printed title, or null. */
export function matchTemplateTable(title: string): TemplateTable | null {
  const t = normalizeTitle(title);
  return DISCLOSURE_TEMPLATE.find((entry) => entry.pattern.test(t)) ?? null;
}
