/** Stable category codes of review findings. Never rename a code; add new ones only for problems none of these covers. */
export const FINDING_CATEGORIES = [
  'missing-category',
  'missing-value',
  'not-measurable',
  'misplaced-indicator',
  'unit-mismatch',
  'direction',
  'cost-vs-funds',
  'amount-mismatch',
  'arithmetic',
  'count-mismatch',
  'period-mismatch',
  'duplicated-content',
  'irrelevant-indicator',
  'weights',
  'funds-sum',
  'input-as-output',
  'ambition',
  'disclosure-mismatch',
  // Self-evaluation: a printed 得分 that differs from the score recomputed by the rules (R-SE-03).
  'score-mismatch',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

export type FindingSeverity = 'error' | 'warning' | 'info';

/** The four review dimensions of rules.md R-REV-01. */
export const REVIEW_DIMENSIONS = ['完整性', '相关性', '适当性', '可行性'] as const;
export type ReviewDimension = (typeof REVIEW_DIMENSIONS)[number];

export interface FindingLocation {
  /** Index of the project in the reviewed list; null for a department-level finding. */
  readonly project: number | null;
  /** Index in the project's `indicators` array, or null. */
  readonly indicator: number | null;
  /** 'goals' | 'funds' | 'period' | 'indicators[3].target' | 'indicators[3].name' | 'indicators' | 'department.indicators' … */
  readonly field: string;
  /** Character range inside the field's text (goals: inside the goals joined with '\n'). */
  readonly span?: readonly [number, number];
  /** Index of the department target, for department findings. */
  readonly department?: number;
}

export type EvidenceValue = string | number | boolean | null | readonly (string | number)[];

/** One problem found by one rule. Messages and suggestions are Chinese, for users. */
export interface Finding {
  readonly rule: string;
  readonly category: FindingCategory;
  readonly severity: FindingSeverity;
  readonly dimension: ReviewDimension;
  /** True when the finding caps the grade at 中 (R-REV-07). */
  readonly blocking: boolean;
  readonly message: string;
  readonly suggestion: string;
  readonly location: FindingLocation;
  /** The numbers and matched texts compared. */
  readonly evidence: Readonly<Record<string, EvidenceValue>>;
}
