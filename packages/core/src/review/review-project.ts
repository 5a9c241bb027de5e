import type { Project } from '../model/project';
import type { Finding } from './finding';
import { gradeFindings, type ReviewScore } from './grade-findings';
import { buildProjectFacts, releaseProjectFacts, type ProjectFacts } from './project-facts';
import { DEFAULT_RULE_PROFILE, isRuleEnabled, type RuleProfile } from './rule-profile';
import { REVIEW_RULES } from './rule-registry';
import type { ProjectRule } from './review-rule';

export interface ProjectReview extends ReviewScore {
  readonly index: number;
  readonly project: Project;
  readonly findings: readonly Finding[];
}

export interface ReviewProjectOptions {
  readonly profile?: RuleProfile;
  /** Index of the project in its batch (used in finding locations); 0 by default. */
  readonly index?: number;
}

const PROJECT_RULES = REVIEW_RULES.filter((r): r is ProjectRule => r.appliesTo === 'project');

/** Runs the project-level rules over already computed facts. */
export function checkProjectFacts(facts: ProjectFacts, profile: RuleProfile): Finding[] {
  const findings: Finding[] = [];
  for (const rule of PROJECT_RULES) {
    if (!isRuleEnabled(profile, rule.id)) continue;
    for (const f of rule.check({ facts, profile })) findings.push(f);
  }
  return findings;
}

/**
 * `checkProjectFacts` for facts a batch keeps until its batch rules run: what the project rules
 * computed (traits, bigrams, amounts…) is released afterwards, so it does not outlive them.
 */
export function checkProjectFactsAndRelease(facts: ProjectFacts, profile: RuleProfile): Finding[] {
  const findings = checkProjectFacts(facts, profile);
  releaseProjectFacts(facts);
  return findings;
}

/**
 * The project-level findings of a slice of a batch whose first project has index `firstIndex`: the
 * per-project part of `reviewBatch` (most of its time), for running slices on other threads.
 */
export function checkProjectRules(projects: readonly Project[], firstIndex: number, profile: RuleProfile): Finding[][] {
  return projects.map((p, i) => checkProjectFacts(buildProjectFacts(p, firstIndex + i), profile));
}

/** Reviews one project with the project-level rules and grades it. */
export function reviewProject(project: Project, options: ReviewProjectOptions = {}): ProjectReview {
  const profile = options.profile ?? DEFAULT_RULE_PROFILE;
  const index = options.index ?? 0;
  const findings = checkProjectFacts(buildProjectFacts(project, index), profile);
  return { index, project, findings, ...gradeFindings(findings, profile) };
}
