import { requestApi } from './http-client';
import type { Id, TransitionRequest } from './api-types';

/** POST /api/projects/:id/transitions (submit, start-review, pass, return, reject, request-adjustment). */
export function transitionProject(id: Id, request: TransitionRequest): Promise<{ version?: number; status?: string }> {
  return requestApi('POST', `/api/projects/${encodeURIComponent(String(id))}/transitions`, request);
}
