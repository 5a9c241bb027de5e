import { appendAudit, findOrCreateUnit, listUnits, runInTransaction, updateUnit, type UnitRecord } from '@jixiao/storage';
import { isInScope, type Actor } from './actor';
import type { Db } from './db';
import { DomainError, toDomainError } from './domain-error';
import { requireRole } from './require-role';

/** The units the actor may see (its subtree; everything for global roles), flat. */
export async function listVisibleUnits(db: Db, actor: Actor): Promise<UnitRecord[]> {
  const units = await listUnits(db);
  return units.filter((u) => isInScope(actor.scope, u.id));
}

/** Admin: a new unit (a code must be unused). */
export async function createUnit(
  db: Db,
  actor: Actor,
  input: { readonly code: string | null; readonly name: string; readonly parentId: string | null },
): Promise<UnitRecord> {
  requireRole(actor, ['admin']);
  try {
    return await runInTransaction(db, async (trx) => {
      if (input.code) {
        const existing = (await listUnits(trx)).find((u) => u.code === input.code);
        if (existing) throw new DomainError('conflict', { field: 'code' }, '单位编码已被其他单位使用');
      }
      if (input.parentId && !(await listUnits(trx)).some((u) => u.id === input.parentId)) {
        throw new DomainError('validation', { field: 'parentId' }, '上级单位不存在');
      }
      const unit = await findOrCreateUnit(trx, {
        code: input.code,
        name: input.name,
        parentId: input.parentId,
        kind: input.parentId ? 'unit' : 'department',
      });
      await appendAudit(trx, { actor: actor.username, action: 'unit.create', entity: 'unit', entityId: unit.id, detail: input });
      return unit;
    });
  } catch (e) {
    throw toDomainError(e);
  }
}

/** Admin: rename, recode or move a unit. */
export async function changeUnit(
  db: Db,
  actor: Actor,
  id: string,
  changes: { readonly code?: string | null; readonly name?: string; readonly parentId?: string | null },
): Promise<UnitRecord> {
  requireRole(actor, ['admin']);
  try {
    return await runInTransaction(db, async (trx) => {
      const unit = await updateUnit(trx, id, changes);
      await appendAudit(trx, { actor: actor.username, action: 'unit.update', entity: 'unit', entityId: id, detail: changes });
      return unit;
    });
  } catch (e) {
    throw toDomainError(e);
  }
}
