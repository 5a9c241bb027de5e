import { requestApi } from './http-client';
import type { Id, ReviewComment } from './api-types';

/** POST /api/projects/:id/comments on the project (indicatorIndex null) or on one indicator. */
export function addComment(id: Id, indicatorIndex: number | null, text: string): Promise<ReviewComment> {
  return requestApi<ReviewComment>('POST', `/api/projects/${encodeURIComponent(String(id))}/comments`, { indicatorIndex, text });
}
