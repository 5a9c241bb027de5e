import { listUnits, runInTransaction, saveImportedDocument, type SaveImportResult } from '@jixiao/storage';
import { isInScope, type Actor } from './actor';
import type { Db } from './db';
import { DomainError, toDomainError } from './domain-error';
import type { ImportTokenStore } from './import-token-store';
import { IMPORT_ROLES } from './preview-import';
import { requireRole } from './require-role';

/**
 * Stores a previewed document in one transaction (saveImportedDocument). For users with a unit
 * scope every project must land inside it; otherwise the whole import is rolled back
 * (`forbidden`) and nothing is written. The token is used up on success.
 */
export async function confirmImport(db: Db, store: ImportTokenStore, actor: Actor, token: string): Promise<SaveImportResult> {
  requireRole(actor, IMPORT_ROLES);
  const pending = store.get(token, actor.userId);
  if (!pending) throw new DomainError('not-found', { entity: 'import', token }, '导入预览已过期或不存在，请重新上传文件');
  try {
    const result = await runInTransaction(db, async (trx) => {
      const saved = await saveImportedDocument(trx, pending.document, {
        fileSha256: pending.fileSha256,
        actor: actor.username,
        ...(actor.unitId ? { unitHint: { id: actor.unitId } } : {}),
        ...(pending.fiscalYearHint ? { fiscalYearHint: pending.fiscalYearHint } : {}),
      });
      if (!actor.scope.all) {
        const rows = saved.projectIds.length
          ? await trx.selectFrom('projects').select('unit_id').where('id', 'in', [...saved.projectIds]).execute()
          : [];
        const outside = rows.find((r) => !isInScope(actor.scope, r.unit_id));
        if (outside) {
          const name = (await listUnits(trx)).find((u) => u.id === outside.unit_id)?.name ?? '';
          throw new DomainError('forbidden', { unitId: outside.unit_id }, `文件中的项目属于其他单位（${name}），不能导入到本单位；未写入任何数据`);
        }
      }
      return saved;
    });
    store.delete(token);
    return result;
  } catch (e) {
    throw toDomainError(e);
  }
}

/** Drops a pending import (nothing was written). Unknown tokens are fine. */
export function cancelImport(store: ImportTokenStore, actor: Actor, token: string): void {
  requireRole(actor, IMPORT_ROLES);
  if (store.get(token, actor.userId)) store.delete(token);
}
