import type { ProjectPage } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { listVisibleProjects, type ProjectListQuery } from './list-visible-projects';
import { REVIEW_QUEUE_STATUSES } from './project-workflow';
import { requireRole } from './require-role';

/** What waits for the reviewer: dept reviewer submitted/dept_review, finance reviewer finance_review, in scope. */
export async function listReviewQueue(
  db: Db,
  actor: Actor,
  query: Omit<ProjectListQuery, 'status'>,
): Promise<ProjectPage> {
  requireRole(actor, ['dept_reviewer', 'finance_reviewer']);
  const status = REVIEW_QUEUE_STATUSES[actor.role] ?? [];
  return listVisibleProjects(db, actor, { ...query, status, sort: query.sort ?? { field: 'updatedAt', direction: 'asc' } });
}
