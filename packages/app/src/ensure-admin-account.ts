import { randomBytes } from 'node:crypto';
import { countUsers, insertUser } from '@jixiao/storage';
import type { Db } from './db';
import { MIN_PASSWORD_LENGTH, type PasswordHasher } from './password-hasher';

export interface AdminBootstrap {
  /** True when the database had no account and `admin` was created now. */
  readonly created: boolean;
  /** The password set (from JIXIAO_ADMIN_PASSWORD or generated); only when created. */
  readonly password: string | null;
  readonly generated: boolean;
}

/** A random password of 16 characters without look-alikes (0/O, 1/l/I). */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  return Array.from(randomBytes(16), (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * First run: creates the `admin` account with `configuredPassword` (JIXIAO_ADMIN_PASSWORD) or a
 * random one, which the caller prints once. There is no fixed default password.
 */
export async function ensureAdminAccount(db: Db, hasher: PasswordHasher, configuredPassword?: string): Promise<AdminBootstrap> {
  if ((await countUsers(db)) > 0) return { created: false, password: null, generated: false };
  if (configuredPassword !== undefined && configuredPassword.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`JIXIAO_ADMIN_PASSWORD 至少需要 ${MIN_PASSWORD_LENGTH} 个字符`);
  }
  const password = configuredPassword ?? generatePassword();
  await insertUser(db, {
    username: 'admin',
    displayName: '系统管理员',
    role: 'admin',
    unitId: null,
    passwordHash: await hasher.hash(password),
  });
  return { created: true, password, generated: configuredPassword === undefined };
}
