import type { ProjectComment } from '@jixiao/storage';

export interface CommentApi {
  id: string;
  indicatorIndex: number | null;
  author: string;
  role: string;
  text: string;
  createdAt: string;
}

export function toCommentView(c: ProjectComment): CommentApi {
  return { id: c.id, indicatorIndex: c.indicatorIndex, author: c.authorName, role: c.authorRole, text: c.text, createdAt: c.createdAt };
}
