import { requestApi } from './http-client';
import type { ImportPreview } from './api-types';

/** POST /api/imports/preview (multipart `file`); nothing is written. */
export function previewImport(file: File): Promise<ImportPreview> {
  const form = new FormData();
  form.append('file', file, file.name);
  return requestApi<ImportPreview>('POST', '/api/imports/preview', form);
}
