import { readUnit, type StoredProject } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { loadVisibleProject } from './load-visible-project';
import { hidePersonalData } from './personal-data';
import { reviewStoredProject, type ProjectReview } from './review-stored-project';

export interface ProjectDetail {
  readonly stored: StoredProject;
  readonly review: ProjectReview | null;
  /** The project's unit name (the project is visible, so its unit is in the actor's scope). */
  readonly unitName: string | null;
}

/** One visible project (personal data removed where the actor may not see it) with its review and unit name. */
export async function getProjectDetail(db: Db, actor: Actor, id: string): Promise<ProjectDetail> {
  const stored = await loadVisibleProject(db, actor, id);
  const unit = await readUnit(db, stored.unitId);
  return {
    unitName: unit?.name ?? null,
    stored: { ...stored, project: hidePersonalData(actor, stored.unitId, stored.project) },
    review: reviewStoredProject(stored),
  };
}
