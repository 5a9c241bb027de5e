import { requestApi } from './http-client';
import type { LibraryDashboard } from './library-types';

/** GET /api/library/dashboard. */
export function getLibraryDashboard(): Promise<LibraryDashboard> {
  return requestApi<LibraryDashboard>('GET', '/api/library/dashboard');
}
