import type { Project } from '@jixiao/core';
import { requestApi } from './http-client';
import type { Id } from './api-types';

/** PUT /api/projects/:id with the version it was loaded at; a stale version throws 409 version-conflict. */
export function updateProject(id: Id, version: number, project: Project): Promise<{ version: number }> {
  return requestApi('PUT', `/api/projects/${encodeURIComponent(String(id))}`, { version, project });
}
