import type { Project } from '@jixiao/core';
import { requestApi } from './http-client';
import type { Id } from './api-types';

/** POST /api/projects → a new draft in the user's unit. */
export function createProject(project: Project): Promise<{ id: Id; version: number }> {
  return requestApi('POST', '/api/projects', { project });
}
