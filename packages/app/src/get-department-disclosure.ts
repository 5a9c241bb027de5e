import type { DepartmentBudget, GenerationTemplateId } from '@jixiao/core';
import type { StoredDisclosure } from '@jixiao/storage';
import type { Actor } from './actor';
import { computeDisclosureView, type DisclosureView } from './compute-disclosure-view';
import type { Db } from './db';
import { DISCLOSURE_EDITORS, DISCLOSURE_PUBLISHERS, loadVisibleDisclosure } from './disclosure-access';

export interface DisclosureWorkspace {
  readonly disclosure: StoredDisclosure;
  readonly budget: DepartmentBudget;
  readonly view: DisclosureView;
  readonly canEdit: boolean;
  readonly canPublish: boolean;
}

/** A visible disclosure with its budget, generated tables and findings, and what the actor may do. */
export async function getDepartmentDisclosure(db: Db, actor: Actor, id: string): Promise<DisclosureWorkspace> {
  const disclosure = await loadVisibleDisclosure(db, actor, id);
  return toWorkspace(actor, disclosure);
}

/** The workspace of a stored disclosure (after load, save or publish). */
export async function toWorkspace(actor: Actor, disclosure: StoredDisclosure): Promise<DisclosureWorkspace> {
  const budget = disclosure.document as DepartmentBudget;
  const view = await computeDisclosureView(budget, disclosure.template as GenerationTemplateId);
  return {
    disclosure,
    budget,
    view,
    canEdit: DISCLOSURE_EDITORS.includes(actor.role),
    canPublish: DISCLOSURE_PUBLISHERS.includes(actor.role) && disclosure.status === 'draft' && view.errorCount === 0,
  };
}

/** The view of an unsaved budget in a visible disclosure (the workspace's live tables); writes nothing. */
export async function previewDepartmentDisclosure(db: Db, actor: Actor, id: string, budget: DepartmentBudget, template: GenerationTemplateId): Promise<DisclosureView> {
  await loadVisibleDisclosure(db, actor, id);
  return computeDisclosureView(budget, template);
}
