import { requestApi, setCsrfToken } from './http-client';
import type { Session } from './api-types';

/** POST /api/auth/login → the session user and its CSRF token. */
export async function login(username: string, password: string): Promise<Session> {
  const session = await requestApi<Session>('POST', '/api/auth/login', { username, password });
  setCsrfToken(session.csrfToken);
  return session;
}
