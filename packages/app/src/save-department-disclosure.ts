import { emptyDepartmentBudget, type DepartmentBudget, type GenerationTemplateId } from '@jixiao/core';
import { createDisclosure, findDisclosure, getDisclosure, isStorageError, saveDisclosure, type StoredDisclosure } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DISCLOSURE_EDITORS, loadVisibleDepartment, loadVisibleDisclosure } from './disclosure-access';

import { DomainError, toDomainError } from './domain-error';
import { requireRole } from './require-role';

/**
 * Opens a department's disclosure for a year: version 1, a draft with an empty budget named after
 * the department (or the budget given, e.g. one read from last year's file). One per year.
 */
export async function createDepartmentDisclosure(
  db: Db,
  actor: Actor,
  input: { readonly unitId: string; readonly fiscalYear: number; readonly template: GenerationTemplateId; readonly budget?: DepartmentBudget; readonly auditDetail?: Readonly<Record<string, unknown>> },
): Promise<StoredDisclosure> {
  const unit = await loadVisibleDepartment(db, actor, input.unitId);
  requireRole(actor, DISCLOSURE_EDITORS);
  const existing = await findDisclosure(db, unit.id, input.fiscalYear);
  if (existing) throw new DomainError('conflict', { id: existing.id }, `${unit.name}的${input.fiscalYear}年部门预算公开已经建立，请直接打开编辑`);
  const budget = input.budget ?? emptyDepartmentBudget(unit.name, input.fiscalYear);
  checkBudgetYear(budget, input.fiscalYear);
  try {
    return await createDisclosure(db, {
      unitId: unit.id,
      fiscalYear: input.fiscalYear,
      template: input.template,
      document: budget,
      actor: actor.username,
      ...(input.auditDetail ? { auditDetail: input.auditDetail } : {}),
    });
  } catch (e) {
    if (isStorageError(e, 'invalid-argument')) throw new DomainError('conflict', e.params, `${unit.name}的${input.fiscalYear}年部门预算公开已经建立，请直接打开编辑`);
    throw toDomainError(e);
  }
}

/**
 * Saves the edited budget as a new draft version when nobody saved since `version` (else
 * `version-conflict` carrying the current budget). Editing a published disclosure keeps the
 * published version frozen and makes a new draft.
 */
export async function saveDepartmentDisclosure(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  change: { readonly budget: DepartmentBudget; readonly template: GenerationTemplateId; readonly auditDetail?: Readonly<Record<string, unknown>> },
): Promise<StoredDisclosure> {
  const stored = await loadVisibleDisclosure(db, actor, id);
  requireRole(actor, DISCLOSURE_EDITORS);
  checkBudgetYear(change.budget, stored.fiscalYear);
  if (stored.version !== version) throw await disclosureConflictError(db, id);
  try {
    return await saveDisclosure(db, id, version, {
      template: change.template,
      document: change.budget,
      actor: actor.username,
      ...(change.auditDetail ? { auditDetail: change.auditDetail } : {}),
    });
  } catch (e) {
    if (isStorageError(e, 'version-conflict')) throw await disclosureConflictError(db, id);
    throw toDomainError(e);
  }
}

/** `version-conflict` with the current version, budget and who saved it, for the conflict dialog. */
export async function disclosureConflictError(db: Db, id: string): Promise<DomainError> {
  const current = await getDisclosure(db, id);
  if (!current) return new DomainError('not-found', { entity: 'disclosure', id });
  return new DomainError('version-conflict', {
    current: { version: current.version, status: current.status, template: current.template, budget: current.document, updatedBy: current.updatedBy, updatedAt: current.updatedAt },
  });
}

function checkBudgetYear(budget: DepartmentBudget, fiscalYear: number): void {
  if (budget.fiscalYear !== fiscalYear)
    throw new DomainError('validation', { fiscalYear: budget.fiscalYear }, `预算年度（${budget.fiscalYear}）与公开年度（${fiscalYear}）不一致`);
}
