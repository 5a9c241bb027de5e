import { requestApi, setCsrfToken } from './http-client';

/** POST /api/auth/logout (the session is deleted server-side). */
export async function logout(): Promise<void> {
  await requestApi<void>('POST', '/api/auth/logout');
  setCsrfToken(null);
}
