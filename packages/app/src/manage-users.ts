import {
  appendAudit,
  deleteUserSessions,
  insertUser,
  listUnits,
  listUsers,
  runInTransaction,
  updateUser,
  type UserChanges,
  type UserRecord,
} from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError, toDomainError } from './domain-error';
import { MIN_PASSWORD_LENGTH, type PasswordHasher } from './password-hasher';
import { requireRole } from './require-role';
import type { Role } from './role';

/** A date far enough ahead to mean "locked until an administrator unlocks". */
export const LOCKED_BY_ADMIN_UNTIL = '9999-12-31T00:00:00.000Z';

export interface NewAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitId: string | null;
  readonly password: string;
}

export interface AccountChanges {
  readonly displayName?: string;
  readonly role?: Role;
  readonly unitId?: string | null;
  readonly password?: string;
  readonly locked?: boolean;
}

/** Admin: every account. */
export async function listAccounts(db: Db, actor: Actor): Promise<UserRecord[]> {
  requireRole(actor, ['admin']);
  return listUsers(db);
}

/** Admin: a new account (argon2id hash; the password is never stored or logged). */
export async function createAccount(db: Db, actor: Actor, hasher: PasswordHasher, input: NewAccount): Promise<UserRecord> {
  requireRole(actor, ['admin']);
  checkPassword(input.password);
  await checkUnit(db, input.role, input.unitId);
  const passwordHash = await hasher.hash(input.password);
  try {
    return await runInTransaction(db, async (trx) => {
      const user = await insertUser(trx, { ...input, passwordHash });
      await appendAudit(trx, {
        actor: actor.username,
        action: 'user.create',
        entity: 'user',
        entityId: user.id,
        detail: { username: user.username, role: user.role, unitId: user.unitId },
      });
      return user;
    });
  } catch (e) {
    throw toDomainError(e);
  }
}

/** Admin: change name, role, unit, password or lock; a password change or lock ends the user's sessions. */
export async function changeAccount(
  db: Db,
  actor: Actor,
  hasher: PasswordHasher,
  id: string,
  input: AccountChanges,
): Promise<UserRecord> {
  requireRole(actor, ['admin']);
  if (input.password !== undefined) checkPassword(input.password);
  if (id === actor.userId && (input.locked === true || (input.role !== undefined && input.role !== 'admin'))) {
    throw new DomainError('validation', { field: 'role' }, '不能锁定自己或取消自己的管理员角色');
  }
  if (input.role !== undefined || input.unitId !== undefined) await checkUnit(db, input.role ?? null, input.unitId ?? null);
  const changes: UserChanges = {
    ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
    ...(input.role !== undefined ? { role: input.role } : {}),
    ...(input.unitId !== undefined ? { unitId: input.unitId } : {}),
    ...(input.password !== undefined ? { passwordHash: await hasher.hash(input.password) } : {}),
    ...(input.locked !== undefined ? { lockedUntil: input.locked ? LOCKED_BY_ADMIN_UNTIL : null, failedLogins: 0 } : {}),
  };
  try {
    return await runInTransaction(db, async (trx) => {
      const user = await updateUser(trx, id, changes);
      if (input.password !== undefined || input.locked === true || input.role !== undefined || input.unitId !== undefined) {
        await deleteUserSessions(trx, id);
      }
      const { password: _password, ...detail } = input;
      await appendAudit(trx, {
        actor: actor.username,
        action: 'user.update',
        entity: 'user',
        entityId: id,
        detail: { ...detail, passwordChanged: input.password !== undefined },
      });
      return user;
    });
  } catch (e) {
    throw toDomainError(e);
  }
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError('validation', { field: 'password' }, `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`);
  }
}

async function checkUnit(db: Db, role: Role | null, unitId: string | null): Promise<void> {
  if (unitId === null) {
    if (role === 'preparer' || role === 'unit_head') {
      throw new DomainError('validation', { field: 'unitId' }, '填报人和单位负责人必须关联单位');
    }
    return;
  }
  if (!(await listUnits(db)).some((u) => u.id === unitId)) throw new DomainError('validation', { field: 'unitId' }, '所选单位不存在');
}
