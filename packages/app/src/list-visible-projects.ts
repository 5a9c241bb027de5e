import { listProjects, listUnitSubtree, type ProjectPage, type ProjectSort, type ProjectStatus } from '@jixiao/storage';
import { scopeUnitIds, type Actor } from './actor';
import type { Db } from './db';

export interface ProjectListQuery {
  /** A unit and its sub-units. */
  readonly unitId?: string;
  readonly fiscalYear?: number;
  readonly status?: ProjectStatus | readonly ProjectStatus[];
  readonly grade?: string;
  readonly level2?: string;
  readonly q?: string;
  readonly limit: number;
  readonly offset: number;
  readonly sort?: ProjectSort;
  /** Bound the count of a search or category filter (see `ProjectFilter.countUpTo`); unset: exact. */
  readonly countUpTo?: number;
}

/** A page of the projects the actor may see, with the count and funds total of the whole match (two queries). */
export async function listVisibleProjects(db: Db, actor: Actor, query: ProjectListQuery): Promise<ProjectPage> {
  let unitIds = scopeUnitIds(actor.scope);
  if (query.unitId !== undefined) {
    // The requested unit's subtree only (one recursive query), not the whole units table.
    const subtree = new Set((await listUnitSubtree(db, query.unitId)).map((u) => u.id));
    unitIds = (unitIds ?? [...subtree]).filter((id) => subtree.has(id));
  }
  return listProjects(db, {
    ...(unitIds ? { unitIds } : {}),
    ...(query.fiscalYear !== undefined ? { fiscalYear: query.fiscalYear } : {}),
    ...(query.status !== undefined ? { status: query.status } : {}),
    ...(query.grade !== undefined ? { grade: query.grade } : {}),
    ...(query.level2 !== undefined ? { level2: query.level2 } : {}),
    ...(query.q !== undefined ? { search: query.q } : {}),
    ...(query.sort ? { sort: query.sort } : {}),
    ...(query.countUpTo !== undefined ? { countUpTo: query.countUpTo } : {}),
    limit: query.limit,
    offset: query.offset,
  });
}
