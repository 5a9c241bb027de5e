import { getSelfEvaluation, readUnit } from '@jixiao/storage';
import type { Actor } from './actor';
import { buildSelfEvaluationView, type SelfEvaluationView } from './build-self-evaluation-view';
import type { Db } from './db';
import { loadVisibleProject } from './load-visible-project';

/** The roles that enter or import a self-evaluation (the project's own unit). */
export const SELF_EVALUATION_EDIT_ROLES = ['preparer', 'unit_head'] as const;
/** The roles that may override a score (with a reason, audited). */
export const SCORE_OVERRIDE_ROLES = ['dept_reviewer', 'finance_reviewer'] as const;

/** The self-evaluation of a visible project with every score computed and every finding (empty when none was entered). */
export async function getSelfEvaluationView(db: Db, actor: Actor, projectId: string): Promise<SelfEvaluationView> {
  const stored = await loadVisibleProject(db, actor, projectId);
  const se = await getSelfEvaluation(db, projectId);
  return buildSelfEvaluationView(stored, se, (await readUnit(db, stored.unitId))?.name ?? null);
}
