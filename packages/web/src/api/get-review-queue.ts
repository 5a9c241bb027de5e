import { requestApi } from './http-client';
import type { ProjectPage, ProjectRow } from './api-types';

/** GET /api/review-queue → the list rows for the current reviewer (a bare array or a page). */
export async function getReviewQueue(): Promise<ProjectRow[]> {
  const body = await requestApi<ProjectRow[] | ProjectPage>('GET', '/api/review-queue');
  return Array.isArray(body) ? body : [...body.rows];
}
