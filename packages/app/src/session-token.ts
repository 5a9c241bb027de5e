import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random session token (sent in the cookie) — 32 bytes, base64url. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored session id: SHA-256 of the token, so a leaked table holds no usable cookie. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function createCsrfToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time string comparison. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
