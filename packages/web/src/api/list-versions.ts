import { requestApi } from './http-client';
import type { Id, VersionEntry } from './api-types';

/** GET /api/projects/:id/versions. */
export function listVersions(id: Id): Promise<VersionEntry[]> {
  return requestApi<VersionEntry[]>('GET', `/api/projects/${encodeURIComponent(String(id))}/versions`);
}
