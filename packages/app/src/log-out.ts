import { appendAudit, deleteSession } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { hashSessionToken } from './session-token';

/** Deletes the session server-side (the cookie becomes worthless even if kept). */
export async function logOut(db: Db, actor: Actor, token: string): Promise<void> {
  await deleteSession(db, hashSessionToken(token));
  await appendAudit(db, { actor: actor.username, action: 'auth.logout', entity: 'user', entityId: actor.userId });
}
