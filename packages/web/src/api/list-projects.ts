import { requestApi, withQuery } from './http-client';
import type { ProjectPage, ProjectQuery } from './api-types';

/** GET /api/projects with filters and paging. */
export function listProjects(query: ProjectQuery): Promise<ProjectPage> {
  return requestApi<ProjectPage>('GET', withQuery('/api/projects', { ...query }));
}
