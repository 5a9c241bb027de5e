import type { DepartmentTarget } from '../model/department-target';
import type { Project } from '../model/project';
import type { Finding } from './finding';
import { gradeFindings } from './grade-findings';
import { buildProjectFacts, type ProjectFacts } from './project-facts';
import { checkProjectFactsAndRelease, type ProjectReview } from './review-project';
import { DEFAULT_RULE_PROFILE, isRuleEnabled, type RuleProfile } from './rule-profile';
import { REVIEW_RULES } from './rule-registry';
import type { BatchRule, DepartmentRule } from './review-rule';

export interface BatchReview {
  /** One review per project, in input order; batch findings are included in the project they point at. */
  readonly projects: readonly ProjectReview[];
  /** Findings about department targets (部门整体支出绩效目标), not tied to one project's grade. */
  readonly documentFindings: readonly Finding[];
}

/** What the batch and department rules found: per project index, and about the document. */
export interface BatchRuleFindings {
  readonly byProject: ReadonlyMap<number, readonly Finding[]>;
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
  const perProject = facts.map((f) => checkProjectFactsAndRelease(f, profile));
  return assembleBatchReview(facts, profile, perProject, checkBatchRules(facts, profile, departments));
}

/**
 * The batch and department rules over a batch's facts — independent of the project rules, so a
 * caller may run them while the project rules of other slices run elsewhere (worker threads).
 */
export function checkBatchRules(facts: readonly ProjectFacts[], profile: RuleProfile, departments: readonly DepartmentTarget[] = []): BatchRuleFindings {
  const byProject = new Map<number, Finding[]>();
  const documentFindings: Finding[] = [];
  for (const rule of BATCH_RULES) {
    if (!isRuleEnabled(profile, rule.id)) continue;
    for (const f of rule.check({ facts, profile })) {
      const i = f.location.project;
      if (i != null && i >= 0 && i < facts.length) {
        const list = byProject.get(i);
        if (list) list.push(f);
        else byProject.set(i, [f]);
      } else documentFindings.push(f);
    }
  }
  departments.forEach((department, departmentIndex) => {
    for (const rule of DEPARTMENT_RULES) {
      if (!isRuleEnabled(profile, rule.id)) continue;
      for (const f of rule.check({ department, departmentIndex, facts, profile })) documentFindings.push(f);
    }
  });
  return { byProject, documentFindings };
}

/**
 * Puts a batch review together: each project's project-rule findings (`projectFindings[i]`, e.g.
 * from `checkProjectRules` over slices), then the batch findings pointing at it, graded.
 */
export function assembleBatchReview(
  facts: readonly ProjectFacts[],
  profile: RuleProfile,
  projectFindings: readonly (readonly Finding[])[],
  batch: BatchRuleFindings,
): BatchReview {
  if (projectFindings.length !== facts.length) throw new RangeError(`projectFindings: ${projectFindings.length} lists for ${facts.length} projects`);
  return {
    projects: facts.map((f, i) => {
      const extra = batch.byProject.get(i);
      const own = projectFindings[i] as readonly Finding[];
      const findings = extra ? [...own, ...extra] : [...own];
      return { index: i, project: f.project, findings, ...gradeFindings(findings, profile) };
    }),
    documentFindings: batch.documentFindings,
  };
}
