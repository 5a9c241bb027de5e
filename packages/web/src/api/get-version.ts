import { requestApi } from './http-client';
import type { Id, ProjectVersion } from './api-types';

/** GET /api/projects/:id/versions/:version. */
export function getVersion(id: Id, version: number): Promise<ProjectVersion> {
  return requestApi<ProjectVersion>('GET', `/api/projects/${encodeURIComponent(String(id))}/versions/${version}`);
}
