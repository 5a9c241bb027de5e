import type { DepartmentTarget } from '../model/department-target';
import type { Project } from '../model/project';
import type { Finding } from './finding';
import { gradeFindings } from './grade-findings';
import { buildProjectFacts } from './project-facts';
import { checkProjectFacts, type ProjectReview } from './review-project';
import { DEFAULT_RULE_PROFILE, isRuleEnabled, type RuleProfile } from './rule-profile';
import { REVIEW_RULES } from './rule-registry';
import type { BatchRule, DepartmentRule } from './review-rule';

export interface BatchReview {
  /** One review per project, in input order; batch findings are included in the project they point at. */
  readonly projects: readonly ProjectReview[];
  /** Findings about department targets (部门整体支出绩效目标), not tied to one project's grade. */
  readonly documentFindings: readonly Finding[];
}

const BATCH_RULES = REVIEW_RULES.filter((r): r is BatchRule => r.appliesTo === 'batch');
const DEPARTMENT_RULES = REVIEW_RULES.filter((r): r is DepartmentRule => r.appliesTo === 'department');

/**
 * Reviews a batch (one document, or one department's submissions): project rules per project, batch rules such as
 * copied goals and indicator sets across projects, and department rules over the department targets.
 */
export function reviewBatch(projects: readonly Project[], profile: RuleProfile = DEFAULT_RULE_PROFILE, departments: readonly DepartmentTarget[] = []): BatchReview {
  const facts = projects.map((p, i) => buildProjectFacts(p, i));
  const perProject: Finding[][] = facts.map((f) => checkProjectFacts(f, profile));
  const documentFindings: Finding[] = [];
  for (const rule of BATCH_RULES) {
    if (!isRuleEnabled(profile, rule.id)) continue;
    for (const f of rule.check({ facts, profile })) {
      const i = f.location.project;
      if (i != null && perProject[i]) perProject[i].push(f);
      else documentFindings.push(f);
    }
  }
  departments.forEach((department, departmentIndex) => {
    for (const rule of DEPARTMENT_RULES) {
      if (!isRuleEnabled(profile, rule.id)) continue;
      for (const f of rule.check({ department, departmentIndex, facts, profile })) documentFindings.push(f);
    }
  });
  return {
    projects: facts.map((f, i) => {
      const findings = perProject[i] ?? [];
      return { index: i, project: f.project, findings, ...gradeFindings(findings, profile) };
    }),
    documentFindings,
  };
}
