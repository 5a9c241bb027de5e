/** Failed-login policy: `maxFailures` within `windowMs` locks the key for `lockMs`. */
export interface LoginPolicy {
  readonly maxFailures: number;
  readonly ipMaxFailures: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

export const DEFAULT_LOGIN_POLICY: LoginPolicy = {
  maxFailures: 5,
  ipMaxFailures: 5,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

interface Counter {
  count: number;
  firstAt: number;
  lockedUntil: number;
}

export interface LoginThrottle {
  readonly policy: LoginPolicy;
  /** Milliseconds the key is still locked for, or 0. */
  lockedFor(key: string, now: number): number;
  /** Counts a failure; returns the remaining attempts before the lock (0 = now locked). */
  fail(key: string, limit: number, now: number): number;
  reset(key: string): void;
}

/**
 * In-memory failure counters per `user:<name>` and `ip:<address>` (one process; the account lock
 * itself is also written to `users.locked_until`, so it survives restarts and shows in admin).
 * Old entries are swept as they are touched, and the map is capped.
 */
export function createLoginThrottle(policy: LoginPolicy = DEFAULT_LOGIN_POLICY, maxKeys = 100_000): LoginThrottle {
  const counters = new Map<string, Counter>();
  const live = (key: string, now: number): Counter | undefined => {
    const c = counters.get(key);
    if (c && c.lockedUntil <= now && now - c.firstAt > policy.windowMs) {
      counters.delete(key);
      return undefined;
    }
    return c;
  };
  return {
    policy,
    lockedFor(key, now) {
      const c = live(key, now);
      return c && c.lockedUntil > now ? c.lockedUntil - now : 0;
    },
    fail(key, limit, now) {
      let c = live(key, now);
      if (!c || (c.lockedUntil !== 0 && c.lockedUntil <= now)) {
        if (counters.size >= maxKeys) counters.delete(counters.keys().next().value as string);
        c = { count: 0, firstAt: now, lockedUntil: 0 };
        counters.set(key, c);
      }
      c.count += 1;
      if (c.count >= limit) c.lockedUntil = now + policy.lockMs;
      return Math.max(0, limit - c.count);
    },
    reset(key) {
      counters.delete(key);
    },
  };
}
