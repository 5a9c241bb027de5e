import { requestApi, withQuery } from './http-client';
import type { LibraryPage } from './library-types';

/** GET /api/library (clusters with statistics). */
export function listLibrary(query: { q?: string; level2?: string; limit: number; offset: number }): Promise<LibraryPage> {
  return requestApi<LibraryPage>('GET', withQuery('/api/library', query));
}
