import { requestApi } from './http-client';
import type { Id, ReviewComment } from './api-types';

/** GET /api/projects/:id/comments. */
export function listComments(id: Id): Promise<ReviewComment[]> {
  return requestApi<ReviewComment[]>('GET', `/api/projects/${encodeURIComponent(String(id))}/comments`);
}
