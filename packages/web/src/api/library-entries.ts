import { requestApi, withQuery } from './http-client';
import type { LibraryChangeRequest, LibraryEntry, LibraryEntryFields } from './library-types';

/** GET /api/library/entries. */
export function listLibraryEntries(): Promise<LibraryEntry[]> {
  return requestApi<LibraryEntry[]>('GET', '/api/library/entries');
}

/** POST /api/library/entries (admin). */
export function createLibraryEntry(fields: LibraryEntryFields): Promise<LibraryEntry> {
  return requestApi<LibraryEntry>('POST', '/api/library/entries', fields);
}

/** PUT /api/library/entries/:id (admin, drafts only). */
export function updateLibraryEntry(id: string, version: number, fields: Partial<LibraryEntryFields>): Promise<LibraryEntry> {
  return requestApi<LibraryEntry>('PUT', `/api/library/entries/${encodeURIComponent(id)}`, { version, fields });
}

/** POST /api/library/entries/:id/publish (admin). */
export function publishLibraryEntry(id: string, version: number): Promise<LibraryEntry> {
  return requestApi<LibraryEntry>('POST', `/api/library/entries/${encodeURIComponent(id)}/publish`, { version });
}

/** POST /api/library/entries/:id/change-requests (admin). */
export function requestLibraryChange(id: string, version: number, changes: Partial<LibraryEntryFields>, reason: string): Promise<LibraryChangeRequest> {
  return requestApi<LibraryChangeRequest>('POST', `/api/library/entries/${encodeURIComponent(id)}/change-requests`, { version, changes, reason });
}

/** GET /api/library/change-requests (admin, auditor). */
export function listLibraryChanges(status?: 'pending' | 'approved' | 'rejected'): Promise<LibraryChangeRequest[]> {
  return requestApi<LibraryChangeRequest[]>('GET', withQuery('/api/library/change-requests', { status }));
}

/** POST /api/library/change-requests/:id/decision (another administrator). */
export function decideLibraryChange(id: string, approve: boolean, note: string | null): Promise<{ request: LibraryChangeRequest; entry: LibraryEntry }> {
  return requestApi('POST', `/api/library/change-requests/${encodeURIComponent(id)}/decision`, { approve, note });
}

/** GET /api/library/publications. */
export function listLibraryPublications(): Promise<{ unitId: string; publishedBy: string; publishedAt: string }[]> {
  return requestApi('GET', '/api/library/publications');
}

/** PUT /api/library/publications/:unitId (admin). */
export function setLibraryPublication(unitId: string, published: boolean): Promise<{ unitId: string; published: boolean }> {
  return requestApi('PUT', `/api/library/publications/${encodeURIComponent(unitId)}`, { published });
}
