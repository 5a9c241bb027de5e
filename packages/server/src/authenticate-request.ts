import { authenticateSession, DomainError, safeEqual } from '@jixiao/app';
import type { FastifyRequest } from 'fastify';
import type { RouteDefinition } from './route-definition';
import type { ServerContext } from './server-context';

export const SESSION_COOKIE = 'jx_sid';
export const CSRF_HEADER = 'x-csrf-token';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Route-level onRequest hook (runs before the body is read): resolves the session cookie to an
 * actor, then enforces the route's access (401 `unauthenticated`) and, on every state-changing
 * request except login, the CSRF header (403 `csrf`).
 */
export function createAuthHook(ctx: ServerContext, route: RouteDefinition) {
  return async (request: FastifyRequest): Promise<void> => {
    request.actor = null;
    request.session = null;
    request.sessionToken = null;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const found = await authenticateSession(ctx.db, token);
      if (found) {
        request.actor = found.actor;
        request.session = found.session;
        request.sessionToken = token;
      }
    }
    if (route.access === 'public') return;
    if (!request.session) throw new DomainError('unauthenticated');
    if (STATE_CHANGING.has(request.method) && !route.csrfExempt) {
      const header = request.headers[CSRF_HEADER];
      const sent = Array.isArray(header) ? header[0] : header;
      if (!sent || !safeEqual(sent, request.session.csrfToken)) throw new DomainError('csrf');
    }
  };
}
