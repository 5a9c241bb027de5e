import { appendAudit, isStorageError, runInTransaction, setProjectStatus, addProjectComment, type StoredProject } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError, toDomainError } from './domain-error';
import { loadVisibleProject } from './load-visible-project';
import { PROJECT_WORKFLOW, STATUS_LABELS, type ReviewOutcome, type TransitionAction } from './project-workflow';
import { versionConflictError } from './version-conflict-error';

export interface TransitionRequest {
  readonly version: number;
  readonly action: TransitionAction;
  readonly outcome?: ReviewOutcome;
  readonly comment?: string;
  readonly reason?: string;
}

/**
 * Moves a project along the workflow table (project-workflow.ts). The role decides whether the
 * action is allowed at all (`forbidden`), the status whether it is allowed now
 * (`invalid-transition`). Status change, comment and audit entry are one transaction.
 */
export async function transitionProject(db: Db, actor: Actor, id: string, req: TransitionRequest): Promise<StoredProject> {
  const stored = await loadVisibleProject(db, actor, id);
  const forRole = PROJECT_WORKFLOW.filter((t) => t.action === req.action && t.role === actor.role);
  if (forRole.length === 0) throw new DomainError('forbidden', { action: req.action, role: actor.role });
  const step = forRole.find((t) => t.from.includes(stored.status));
  if (!step) {
    throw new DomainError(
      'invalid-transition',
      { action: req.action, status: stored.status },
      `“${STATUS_LABELS[stored.status]}”状态下不能执行此操作`,
    );
  }
  const comment = req.comment?.trim() || null;
  const reason = req.reason?.trim() || null;
  if (step.requires === 'comment' && !comment) throw new DomainError('validation', { field: 'comment' }, '退回修改必须填写审核意见');
  if (step.requires === 'reason' && !reason) throw new DomainError('validation', { field: 'reason' }, '申请调整必须填写调整理由');
  if (req.outcome !== undefined && !step.outcomes.includes(req.outcome)) {
    throw new DomainError('validation', { field: 'outcome', allowed: step.outcomes }, `此操作的审核结论只能是：${step.outcomes.join('、') || '（无）'}`);
  }
  const outcome = req.outcome ?? step.outcomes[0] ?? null;
  if (stored.version !== req.version) throw await versionConflictError(db, actor, id);
  const note = [req.action, outcome, comment ?? reason].filter((s) => s).join(' ');
  try {
    return await runInTransaction(db, async (trx) => {
      const updated = await setProjectStatus(trx, id, req.version, step.to, actor.username, note);
      const text = comment ?? (reason ? `申请调整：${reason}` : null);
      if (text) {
        await addProjectComment(trx, {
          projectId: id,
          indicatorIndex: null,
          authorId: actor.userId,
          authorName: actor.displayName,
          authorRole: actor.role,
          text: outcome ? `【${outcome}】${text}` : text,
          actor: actor.username,
        });
      }
      await appendAudit(trx, {
        actor: actor.username,
        action: 'project.transition',
        entity: 'project',
        entityId: id,
        detail: { action: req.action, from: stored.status, to: step.to, outcome, comment, reason, version: updated.version },
      });
      return updated;
    });
  } catch (e) {
    if (isStorageError(e, 'version-conflict')) throw await versionConflictError(db, actor, id);
    throw toDomainError(e);
  }
}
