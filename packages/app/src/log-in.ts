import {
  appendAudit,
  deleteExpiredSessions,
  deleteSession,
  findUserByUsername,
  insertSession,
  updateUser,
} from '@jixiao/storage';
import type { Actor } from './actor';
import { authenticateSession } from './authenticate-session';
import type { Db } from './db';
import { DomainError } from './domain-error';
import type { LoginThrottle } from './login-throttle';
import type { PasswordHasher } from './password-hasher';
import { createCsrfToken, createSessionToken, hashSessionToken } from './session-token';

export interface LoginInput {
  readonly username: string;
  readonly password: string;
  readonly ip: string;
  /** The session cookie presented with the login, if any: it is deleted (session rotation). */
  readonly previousToken?: string;
}

export interface LoginResult {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
  readonly actor: Actor;
}

export interface LoginDeps {
  readonly hasher: PasswordHasher;
  readonly throttle: LoginThrottle;
  readonly sessionTtlMs: number;
  /** A valid hash of a random password: verified against for unknown users, so timing does not reveal them. */
  readonly dummyHash: string;
}

/**
 * Checks the password (argon2id) under the lockout policy: 5 failures within 15 minutes lock the
 * account and rate-limit the client address for 15 minutes (429 `rate-limited`). On success a
 * brand-new session (random token, stored hashed) replaces any session the client had.
 */
export async function logIn(db: Db, deps: LoginDeps, input: LoginInput, now = new Date()): Promise<LoginResult> {
  const { throttle } = deps;
  const ms = now.getTime();
  const userKey = `user:${input.username.toLowerCase()}`;
  const ipKey = `ip:${input.ip}`;
  const lockedFor = Math.max(throttle.lockedFor(userKey, ms), throttle.lockedFor(ipKey, ms));
  if (lockedFor > 0) throw rateLimited(lockedFor);
  const user = await findUserByUsername(db, input.username);
  if (user?.lockedUntil && user.lockedUntil > now.toISOString()) {
    throw rateLimited(Date.parse(user.lockedUntil) - ms, user.lockedUntil.startsWith('9999'));
  }
  const ok = await deps.hasher.verify(user?.passwordHash ?? deps.dummyHash, input.password);
  if (!user || !ok) {
    const left = throttle.fail(userKey, throttle.policy.maxFailures, ms);
    const ipLeft = throttle.fail(ipKey, throttle.policy.ipMaxFailures, ms);
    await appendAudit(db, { actor: input.username, action: 'auth.login-failed', entity: 'user', entityId: user?.id ?? null, detail: { ip: input.ip } });
    if (left === 0 || ipLeft === 0) {
      if (user && left === 0) {
        await updateUser(db, user.id, { lockedUntil: new Date(ms + throttle.policy.lockMs).toISOString(), failedLogins: user.failedLogins + 1 });
        await appendAudit(db, { actor: input.username, action: 'auth.locked', entity: 'user', entityId: user.id, detail: { ip: input.ip } });
      }
      throw rateLimited(throttle.policy.lockMs);
    }
    if (user) await updateUser(db, user.id, { failedLogins: user.failedLogins + 1 });
    throw new DomainError('invalid-credentials', { attemptsLeft: Math.min(left, ipLeft) }, `用户名或密码错误，还可尝试 ${Math.min(left, ipLeft)} 次`);
  }
  throttle.reset(userKey);
  if (user.failedLogins !== 0 || user.lockedUntil) await updateUser(db, user.id, { failedLogins: 0, lockedUntil: null });
  if (input.previousToken) await deleteSession(db, hashSessionToken(input.previousToken));
  await deleteExpiredSessions(db, now.toISOString());
  const token = createSessionToken();
  const csrfToken = createCsrfToken();
  const expiresAt = new Date(ms + deps.sessionTtlMs).toISOString();
  await insertSession(db, { id: hashSessionToken(token), userId: user.id, csrfToken, createdAt: now.toISOString(), expiresAt });
  await appendAudit(db, { actor: user.username, action: 'auth.login', entity: 'user', entityId: user.id, detail: { ip: input.ip } });
  const authenticated = await authenticateSession(db, token, now);
  if (!authenticated) throw new DomainError('unauthenticated');
  return { token, csrfToken, expiresAt, actor: authenticated.actor };
}

function rateLimited(ms: number, byAdmin = false): DomainError {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return new DomainError(
    'rate-limited',
    { retryAfterSeconds: byAdmin ? null : Math.ceil(ms / 1000), reason: byAdmin ? 'locked-by-admin' : 'too-many-failures' },
    byAdmin ? '账户已被管理员锁定，请联系管理员' : `登录失败次数过多，账户已锁定，请 ${minutes} 分钟后再试`,
  );
}
