import type { Kysely } from 'kysely';
import { mapProjectCommentRow, type ProjectComment } from './project-comment';
import type { Schema } from './schema';

/** A project's comments, oldest first. */
export async function listProjectComments(db: Kysely<Schema>, projectId: string): Promise<ProjectComment[]> {
  const rows = await db
    .selectFrom('project_comments')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(mapProjectCommentRow);
}
