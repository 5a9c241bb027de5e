import { requestApi } from './http-client';
import type { ImportResult } from './api-types';

/** POST /api/imports/:token/confirm (one transaction). */
export function confirmImport(token: string): Promise<ImportResult> {
  return requestApi<ImportResult>('POST', `/api/imports/${encodeURIComponent(token)}/confirm`);
}
