import type { Selectable } from 'kysely';
import type { ProjectCommentsTable } from './schema';

/** A comment on a project (indicatorIndex null) or on one of its indicators. */
export interface ProjectComment {
  readonly id: string;
  readonly projectId: string;
  readonly indicatorIndex: number | null;
  readonly authorId: string;
  readonly authorName: string;
  readonly authorRole: string;
  readonly text: string;
  readonly createdAt: string;
}

export function mapProjectCommentRow(row: Selectable<ProjectCommentsTable>): ProjectComment {
  return {
    id: row.id,
    projectId: row.project_id,
    indicatorIndex: row.indicator_index,
    authorId: row.author_id,
    authorName: row.author_name,
    authorRole: row.author_role,
    text: row.text,
    createdAt: row.created_at,
  };
}
