import { findSessionWithUser, type SessionRecord } from '@jixiao/storage';
import type { Actor } from './actor';
import { computeUnitScope } from './compute-unit-scope';
import type { Db } from './db';
import { isRole } from './role';
import { hashSessionToken } from './session-token';

export interface AuthenticatedSession {
  readonly actor: Actor;
  readonly session: SessionRecord;
}

/**
 * The actor behind a session cookie: one query for the session and its user, one for the unit
 * scope. Null for an unknown, expired or locked session.
 */
export async function authenticateSession(db: Db, token: string, now = new Date()): Promise<AuthenticatedSession | null> {
  const found = await findSessionWithUser(db, hashSessionToken(token), now.toISOString());
  if (!found) return null;
  const { user, session } = found;
  const role = user.role;
  if (!isRole(role)) return null;
  if (user.lockedUntil && user.lockedUntil > now.toISOString()) return null;
  const { scope, unitName } = await computeUnitScope(db, role, user.unitId);
  return {
    session,
    actor: {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role,
      unitId: user.unitId,
      unitName,
      scope,
    },
  };
}
