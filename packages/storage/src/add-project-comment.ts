import type { Kysely } from 'kysely';
import { appendAudit } from './append-audit';
import { createId } from './create-id';
import type { ProjectComment } from './project-comment';
import { runInTransaction } from './run-in-transaction';
import type { Schema } from './schema';

export interface NewProjectComment {
  readonly projectId: string;
  readonly indicatorIndex: number | null;
  readonly authorId: string;
  readonly authorName: string;
  readonly authorRole: string;
  readonly text: string;
  /** Audit actor (username). */
  readonly actor: string;
}

/** Stores a comment and audits it; joins the caller's transaction when given one. */
export async function addProjectComment(db: Kysely<Schema>, c: NewProjectComment): Promise<ProjectComment> {
  return runInTransaction(db, async (trx) => {
    const row = {
      id: createId(),
      project_id: c.projectId,
      indicator_index: c.indicatorIndex,
      author_id: c.authorId,
      author_name: c.authorName,
      author_role: c.authorRole,
      text: c.text,
      created_at: new Date().toISOString(),
    };
    await trx.insertInto('project_comments').values(row).execute();
    await appendAudit(trx, {
      actor: c.actor,
      action: 'comment.create',
      entity: 'project',
      entityId: c.projectId,
      detail: { commentId: row.id, indicatorIndex: c.indicatorIndex },
    });
    return {
      id: row.id,
      projectId: c.projectId,
      indicatorIndex: c.indicatorIndex,
      authorId: c.authorId,
      authorName: c.authorName,
      authorRole: c.authorRole,
      text: c.text,
      createdAt: row.created_at,
    };
  });
}
