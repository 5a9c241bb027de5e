import { formatNumber } from '@jixiao/core';
import { addScoreOverride } from '@jixiao/storage';
import type { Actor } from './actor';
import type { SelfEvaluationView } from './build-self-evaluation-view';
import type { Db } from './db';
import { DomainError } from './domain-error';
import { SCORE_OVERRIDE_ROLES, getSelfEvaluationView } from './get-self-evaluation-view';
import { requireRole } from './require-role';

export interface OverrideScoreInput {
  /** Indicator position in the project's indicators. */
  readonly position: number;
  readonly score: number;
  readonly reason: string;
}

/**
 * A reviewer (dept_reviewer / finance_reviewer) overrides one indicator's score: a reason is required and the score must
 * lie in [0, 分值]. The override is stored and written to the audit log (with the rules' score, the new one and the
 * reason); the returned view's total and grade include it.
 */
export async function overrideIndicatorScore(db: Db, actor: Actor, projectId: string, input: OverrideScoreInput): Promise<SelfEvaluationView> {
  const before = await getSelfEvaluationView(db, actor, projectId);
  requireRole(actor, SCORE_OVERRIDE_ROLES);
  const reason = input.reason.trim();
  const line = before.indicators.find((l) => l.position === input.position);
  if (!line) throw new DomainError('validation', { field: 'position' }, `第${input.position + 1}个绩效指标不存在或不计分`);
  if (!reason) throw new DomainError('validation', { field: 'reason' }, `调整指标“${line.name}”的得分必须填写理由`);
  if (!Number.isFinite(input.score) || input.score < 0 || input.score > line.weight) {
    throw new DomainError('validation', { field: 'score' }, `指标“${line.name}”的得分应在0～${formatNumber(line.weight)}分之间`);
  }
  await addScoreOverride(db, {
    projectId,
    position: input.position,
    score: Math.round(input.score * 100) / 100,
    previousScore: line.computedScore,
    reason,
    reviewerId: actor.userId,
    reviewerName: actor.displayName,
    detail: { indicator: line.name, weight: line.weight, formula: line.formula, role: actor.role },
    actor: actor.username,
  });
  return getSelfEvaluationView(db, actor, projectId);
}
