import { ApiError } from './api-error';
import { requestApi, setCsrfToken } from './http-client';
import type { Session } from './api-types';

/** GET /api/auth/me → the session, or null when not logged in (401). */
export async function getSession(): Promise<Session | null> {
  try {
    const session = await requestApi<Session>('GET', '/api/auth/me');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}
