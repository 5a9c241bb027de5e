import { addProjectComment, listProjectComments, type ProjectComment } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError } from './domain-error';
import { loadVisibleProject } from './load-visible-project';
import { requireRole } from './require-role';

/** Comments on a visible project, oldest first. */
export async function listComments(db: Db, actor: Actor, projectId: string): Promise<ProjectComment[]> {
  await loadVisibleProject(db, actor, projectId);
  return listProjectComments(db, projectId);
}

/** Adds a comment on the project or one of its indicators (everyone but admin and auditor). */
export async function addComment(
  db: Db,
  actor: Actor,
  projectId: string,
  input: { readonly indicatorIndex: number | null; readonly text: string },
): Promise<ProjectComment> {
  const stored = await loadVisibleProject(db, actor, projectId);
  requireRole(actor, ['preparer', 'unit_head', 'dept_reviewer', 'finance_reviewer']);
  const text = input.text.trim();
  if (!text) throw new DomainError('validation', { field: 'text' }, '意见内容不能为空');
  if (input.indicatorIndex !== null && input.indicatorIndex >= stored.project.indicators.length) {
    throw new DomainError('validation', { field: 'indicatorIndex' }, '所指的绩效指标不存在');
  }
  return addProjectComment(db, {
    projectId,
    indicatorIndex: input.indicatorIndex,
    authorId: actor.userId,
    authorName: actor.displayName,
    authorRole: actor.role,
    text,
    actor: actor.username,
  });
}
