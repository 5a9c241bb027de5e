import { suggestIndicators, type IndicatorSuggestion, type ProjectKind } from '@jixiao/core';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError } from './domain-error';
import { loadLibraryState } from './library-cache';
import { resolveLibraryAccess } from './library-visibility';
import { loadVisibleProject } from './load-visible-project';

export interface DraftSuggestionQuery {
  readonly name: string;
  readonly goals?: readonly string[];
  readonly kind?: ProjectKind | null;
  /** Funds total in fen. */
  readonly funds?: number | null;
  /** The stored project being edited: its own indicators and its unit are never a source. */
  readonly projectId?: string | null;
  readonly perCategory?: number;
}

/**
 * Suggestions for the mandatory categories of a draft (name, goals, kind, funds as typed), drawn
 * from similar projects of other units. A unit sees other units' indicators only as statistics
 * (entries over at least two other units, without their project names) unless published.
 */
export async function suggestForDraft(db: Db, actor: Actor, query: DraftSuggestionQuery): Promise<IndicatorSuggestion[]> {
  let unitId = actor.unitId;
  if (query.projectId) unitId = (await loadVisibleProject(db, actor, query.projectId)).unitId;
  if (query.name.trim() === '' && (query.goals ?? []).join('').trim() === '') throw new DomainError('validation', { field: 'name' }, '请先填写项目名称或年度目标');
  const state = await loadLibraryState(db);
  const access = resolveLibraryAccess(actor, state);
  return suggestIndicators(
    { name: query.name, goals: query.goals ?? [], kind: query.kind ?? null, funds: query.funds ?? null, unitId },
    state.library,
    state.index,
    { excludeProjectId: query.projectId ?? null, visibility: access.visibility, visibleUnitIds: access.visibleUnitIds, perCategory: query.perCategory ?? 5 },
  );
}

/** Suggestions for a stored project the actor may see (its current name, goals, kind and funds). */
export async function suggestForProject(db: Db, actor: Actor, projectId: string): Promise<IndicatorSuggestion[]> {
  const stored = await loadVisibleProject(db, actor, projectId);
  const p = stored.project;
  return suggestForDraft(db, actor, { name: p.name, goals: p.goals, kind: p.kind, funds: p.funds.total, projectId });
}
