import type { DepartmentBudget, GenerationTemplateId } from '@jixiao/core';
import { isStorageError, publishDisclosure } from '@jixiao/storage';
import type { Actor } from './actor';
import { computeDisclosureView } from './compute-disclosure-view';
import type { Db } from './db';
import { DISCLOSURE_PUBLISHERS, loadVisibleDisclosure } from './disclosure-access';
import { DomainError, toDomainError } from './domain-error';
import { toWorkspace, type DisclosureWorkspace } from './get-department-disclosure';
import { requireRole } from './require-role';
import { disclosureConflictError } from './save-department-disclosure';

/**
 * Publishes (已公开) the saved version `version`: refused while any error-severity finding remains
 * (the message counts them and names the first ones), refused for a stale version
 * (`version-conflict`) and for a version already published. The published version is frozen.
 */
export async function publishDepartmentDisclosure(db: Db, actor: Actor, id: string, version: number): Promise<DisclosureWorkspace> {
  const stored = await loadVisibleDisclosure(db, actor, id);
  requireRole(actor, DISCLOSURE_PUBLISHERS);
  if (stored.version !== version) throw await disclosureConflictError(db, id);
  if (stored.status === 'published') throw new DomainError('invalid-transition', { status: stored.status }, `第 ${version} 版已经公开，修改后保存为新版本才能再次公开`);
  const view = await computeDisclosureView(stored.document as DepartmentBudget, stored.template as GenerationTemplateId);
  const errors = view.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    const first = errors.slice(0, 3).map((f, i) => `${i + 1}. ${f.message}`).join('；');
    throw new DomainError(
      'invalid-transition',
      { errorCount: errors.length, findings: errors.map((f) => ({ rule: f.rule, message: f.message, tables: [...f.tables] })) },
      `公开前检查还有 ${errors.length} 个错误未改正，不能公开：${first}${errors.length > 3 ? '……' : ''}`,
    );
  }
  try {
    const published = await publishDisclosure(db, id, version, actor.username, { findingCount: view.findings.length });
    return await toWorkspace(actor, published);
  } catch (e) {
    if (isStorageError(e, 'version-conflict')) throw await disclosureConflictError(db, id);
    if (isStorageError(e, 'invalid-argument')) throw new DomainError('invalid-transition', e.params, `第 ${version} 版已经公开`);
    throw toDomainError(e);
  }
}
