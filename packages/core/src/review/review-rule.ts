import type { DepartmentTarget } from '../model/department-target';
import type { Finding, FindingCategory, FindingLocation, FindingSeverity, ReviewDimension, EvidenceValue } from './finding';
import type { ProjectFacts } from './project-facts';
import type { RuleProfile } from './rule-profile';

export interface RuleExample {
  /** The text as printed in the sample document. */
  readonly text: string;
  /** Sample file and project, e.g. "000_090c4012b2f0612f.txt · 举报奖励资金". */
  readonly sample: string;
}

export interface RuleMeta {
  /** Stable kebab-case id; also the file name under review/rules/. */
  readonly id: string;
  readonly category: FindingCategory;
  readonly severity: FindingSeverity;
  readonly dimension: ReviewDimension;
  /** Blocking errors cap the grade at 中 (rules.md R-REV-07). */
  readonly blocking: boolean;
  readonly title: string;
  /** Why it matters, in Chinese. */
  readonly why: string;
  /** rules.md rule ids, e.g. "R-IND-03". */
  readonly source: string;
  readonly example: RuleExample;
  /** How to fix it, in Chinese. */
  readonly fix: string;
}

export interface ProjectRuleContext {
  readonly facts: ProjectFacts;
  readonly profile: RuleProfile;
}

export interface BatchRuleContext {
  readonly facts: readonly ProjectFacts[];
  readonly profile: RuleProfile;
}

export interface DepartmentRuleContext {
  readonly department: DepartmentTarget;
  readonly departmentIndex: number;
  readonly facts: readonly ProjectFacts[];
  readonly profile: RuleProfile;
}

export interface ProjectRule extends RuleMeta {
  readonly appliesTo: 'project';
  check(ctx: ProjectRuleContext): Finding[];
}

export interface BatchRule extends RuleMeta {
  readonly appliesTo: 'batch';
  check(ctx: BatchRuleContext): Finding[];
}

export interface DepartmentRule extends RuleMeta {
  readonly appliesTo: 'department';
  check(ctx: DepartmentRuleContext): Finding[];
}

export type ReviewRule = ProjectRule | BatchRule | DepartmentRule;

export interface FindingInput {
  readonly message: string;
  readonly suggestion: string;
  readonly location: FindingLocation;
  readonly evidence: Readonly<Record<string, EvidenceValue>>;
  /** Overrides the rule's severity for this finding (e.g. a milder case). */
  readonly severity?: FindingSeverity;
}

/** Builds a finding carrying the rule's id, category, severity and dimension. */
export function createFinding(rule: RuleMeta, input: FindingInput): Finding {
  const severity = input.severity ?? rule.severity;
  return {
    rule: rule.id,
    category: rule.category,
    severity,
    dimension: rule.dimension,
    blocking: rule.blocking && severity === 'error',
    message: input.message,
    suggestion: input.suggestion,
    location: input.location,
    evidence: input.evidence,
  };
}

type IndicatorField = 'name' | 'target' | 'weight' | 'priorActual' | 'level2';
/** `indicators[i].field` paths of the first indicators, made once (a large batch has millions of findings). */
const FIELD_PATHS = new Map<IndicatorField, string[]>();

function indicatorFieldPath(indicator: number, field: IndicatorField): string {
  if (indicator >= 64) return `indicators[${indicator}].${field}`;
  let paths = FIELD_PATHS.get(field);
  if (!paths) FIELD_PATHS.set(field, (paths = []));
  return (paths[indicator] ??= `indicators[${indicator}].${field}`);
}

/** Location of an indicator field. */
export function locateIndicator(project: number, indicator: number, field: IndicatorField = 'target'): FindingLocation {
  return { project, indicator, field: indicatorFieldPath(indicator, field) };
}
