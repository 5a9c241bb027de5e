import type { Level2 } from '../model/taxonomy';
import type { FindingSeverity, ReviewDimension } from './finding';

/** Numeric knobs of the rules; every one is documented in docs/review-rules.md. */
export interface ReviewThresholds {
  /** irrelevant-indicator: minimum share of an indicator's content bigrams found in the project's name, goals and other indicators. */
  readonly relevanceMinShare: number;
  /** copied-indicators: minimum number of shared specific indicator names between two differently named projects. */
  readonly copiedIndicatorMinShared: number;
  /** copied-indicators: minimum shared share of the smaller project's specific indicators. */
  readonly copiedIndicatorMinShare: number;
  /** Names shared by more projects than this are treated as generic in copy detection. */
  readonly copiedIndicatorMaxPostings: number;
  /** Tolerance for money comparisons, percent of the project total (cost items vs funds). */
  readonly moneyTolerancePercent: number;
  /** Weight totals the form may imply (100; 90 when 10 points are reserved for 预算执行率). */
  readonly weightTotals: readonly number[];
  /** all-rates-100: minimum number of rate indicators before "all at 100%" is reported. */
  readonly allRatesMinCount: number;
  /** mostly-qualitative: share of qualitative indicators above which the set is reported. */
  readonly qualitativeShareMax: number;
  /** copied-goals: minimum length of the joined goals text to compare. */
  readonly copiedGoalsMinLength: number;
}

/** A region's and year's review configuration. Add a province as a JSON file; see parseRuleProfile. */
export interface RuleProfile {
  readonly id: string;
  readonly region: string;
  readonly year: number | null;
  readonly taxonomy: 'classic' | 's101';
  /** Level-2 categories that must have an indicator, unless the form's own 必填/选填 marks say otherwise. */
  readonly mandatory: readonly Level2[];
  readonly thresholds: ReviewThresholds;
  /** Rule ids to run; null runs every registered rule. */
  readonly enabledRules: readonly string[] | null;
  readonly disabledRules: readonly string[];
  readonly dimensionWeights: Readonly<Record<ReviewDimension, number>>;
  readonly gradeBands: { readonly excellent: number; readonly good: number; readonly fair: number };
  /** Points deducted from the finding's dimension per finding, by severity. */
  readonly deductions: Readonly<Record<FindingSeverity, number>>;
}

export const DEFAULT_THRESHOLDS: ReviewThresholds = {
  relevanceMinShare: 0.1,
  copiedIndicatorMinShared: 3,
  copiedIndicatorMinShare: 0.3,
  copiedIndicatorMaxPostings: 50,
  moneyTolerancePercent: 0.5,
  weightTotals: [100, 90],
  allRatesMinCount: 3,
  qualitativeShareMax: 0.5,
  copiedGoalsMinLength: 12,
};

/** The central default profile (rules.md R-IND-01, R-REV-07): classic taxonomy, 数量/质量/时效/成本 + 满意度 mandatory. */
export const DEFAULT_RULE_PROFILE: RuleProfile = {
  id: 'default',
  region: '中央默认',
  year: null,
  taxonomy: 'classic',
  mandatory: ['quantity', 'quality', 'timeliness', 'cost', 'serviceSatisfaction'],
  thresholds: DEFAULT_THRESHOLDS,
  enabledRules: null,
  disabledRules: [],
  dimensionWeights: { 完整性: 30, 相关性: 25, 适当性: 25, 可行性: 20 },
  gradeBands: { excellent: 90, good: 80, fair: 60 },
  deductions: { error: 8, warning: 3, info: 1 },
};

/** True when the profile runs the rule. */
export function isRuleEnabled(profile: RuleProfile, ruleId: string): boolean {
  if (profile.disabledRules.includes(ruleId)) return false;
  return profile.enabledRules == null || profile.enabledRules.includes(ruleId);
}
