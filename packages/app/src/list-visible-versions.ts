import { getProjectVersion, listProjectVersions, type ProjectVersion, type ProjectVersionSummary } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError } from './domain-error';
import { loadVisibleProject } from './load-visible-project';
import { hidePersonalData } from './personal-data';

/** A visible project's saved versions, oldest first. */
export async function listVisibleVersions(db: Db, actor: Actor, projectId: string): Promise<ProjectVersionSummary[]> {
  await loadVisibleProject(db, actor, projectId);
  return listProjectVersions(db, projectId);
}

/** One saved version's document (personal data hidden as in the current one). */
export async function getVisibleVersion(db: Db, actor: Actor, projectId: string, version: number): Promise<ProjectVersion> {
  const stored = await loadVisibleProject(db, actor, projectId);
  const found = await getProjectVersion(db, projectId, version);
  if (!found) throw new DomainError('not-found', { entity: 'project-version', projectId, version });
  return { ...found, project: hidePersonalData(actor, stored.unitId, found.project) };
}
