import { requestApi } from './http-client';
import type { Id, ProjectDetail } from './api-types';

/** GET /api/projects/:id. */
export function getProject(id: Id): Promise<ProjectDetail> {
  return requestApi<ProjectDetail>('GET', `/api/projects/${encodeURIComponent(String(id))}`);
}
