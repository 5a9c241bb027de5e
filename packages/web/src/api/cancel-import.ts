import { requestApi } from './http-client';

/** DELETE /api/imports/:token: drops the preview, nothing written. */
export function cancelImport(token: string): Promise<void> {
  return requestApi<void>('DELETE', `/api/imports/${encodeURIComponent(token)}`);
}
