import type { Project } from '@jixiao/core';
import { classifyProjectWork, reviewProject, WORK_CATEGORIES, OTHER_WORK_CATEGORY } from '@jixiao/core';
import { isInScope, type Actor } from './actor';
import type { Db } from './db';
import { loadLibraryState } from './library-cache';

/** Projects reviewed for the finding statistics (the most recently changed ones in scope). */
export const DASHBOARD_REVIEW_LIMIT = 400;

export interface LibraryDashboard {
  readonly projectCount: number;
  readonly fundsTotal: number;
  readonly fundsByCategory: readonly { readonly id: string; readonly label: string; readonly funds: number; readonly count: number }[];
  readonly fundsByKind: readonly { readonly kind: string; readonly funds: number; readonly count: number }[];
  readonly grades: readonly { readonly grade: string; readonly count: number }[];
  readonly findingsByCategory: readonly { readonly category: string; readonly count: number }[];
  readonly topFindings: readonly { readonly rule: string; readonly category: string; readonly message: string; readonly count: number }[];
  readonly topIndicators: readonly { readonly clusterId: string; readonly name: string; readonly count: number }[];
  /** Projects whose findings were counted (at most DASHBOARD_REVIEW_LIMIT). */
  readonly reviewed: number;
}

const CACHE = new WeakMap<object, Map<string, LibraryDashboard>>();

/**
 * Statistics over the projects the actor may see (a department or region sees its subtree): funds
 * (fen) by kind of work and by project kind, the stored grades, findings by category and the most
 * common findings (of the most recently changed projects), and the most used indicators.
 * Cached per library build and scope.
 */
export async function buildLibraryDashboard(db: Db, actor: Actor): Promise<LibraryDashboard> {
  const state = await loadLibraryState(db);
  const scopeKey = actor.scope.all ? '*' : [...actor.scope.unitIds].sort().join(',');
  let perState = CACHE.get(state);
  if (!perState) CACHE.set(state, (perState = new Map()));
  const cached = perState.get(scopeKey);
  if (cached) return cached;
  const inScope = state.corpus.map((p, i) => [p, i] as const).filter(([p]) => isInScope(actor.scope, p.unitId));
  const byCategory = new Map<string, { funds: number; count: number }>();
  const byKind = new Map<string, { funds: number; count: number }>();
  const indicators = new Map<string, number>();
  let fundsTotal = 0;
  for (const [p, i] of inScope) {
    const funds = p.fundsTotal ?? 0;
    fundsTotal += funds;
    add(byCategory, classifyProjectWork(p.name, p.goals).id, funds);
    add(byKind, p.kind ?? 'unknown', funds);
    for (const cluster of new Set((state.library.projectUses[i] ?? []).map((u) => u?.cluster ?? null))) if (cluster !== null) indicators.set(cluster, (indicators.get(cluster) ?? 0) + 1);
  }
  const ids = inScope.map(([p]) => p.id);
  const grades = new Map<string, number>();
  const findingsByCategory = new Map<string, number>();
  const findings = new Map<string, { rule: string; category: string; message: string; count: number }>();
  let reviewed = 0;
  for (let at = 0; at < ids.length; at += 500) {
    const rows = await db.selectFrom('projects').select(['id', 'grade']).where('id', 'in', ids.slice(at, at + 500)).execute();
    for (const r of rows) grades.set(r.grade ?? 'none', (grades.get(r.grade ?? 'none') ?? 0) + 1);
  }
  let q = db.selectFrom('projects').select(['document']).orderBy('updated_at', 'desc').limit(DASHBOARD_REVIEW_LIMIT);
  if (!actor.scope.all) q = q.where('unit_id', 'in', [...actor.scope.unitIds, '-']);
  for (const row of await q.execute()) {
    let list;
    try {
      list = reviewProject(JSON.parse(row.document) as Project).findings;
    } catch {
      continue;
    }
    reviewed++;
    for (const f of list) {
      findingsByCategory.set(f.category, (findingsByCategory.get(f.category) ?? 0) + 1);
      const e = findings.get(f.rule);
      if (e) e.count++;
      else findings.set(f.rule, { rule: f.rule, category: f.category, message: f.message, count: 1 });
    }
  }
  const labels = new Map([...WORK_CATEGORIES, OTHER_WORK_CATEGORY].map((c) => [c.id, c.label]));
  const result: LibraryDashboard = {
    projectCount: inScope.length,
    fundsTotal,
    fundsByCategory: [...byCategory].map(([id, v]) => ({ id, label: labels.get(id) ?? id, ...v })).sort((a, b) => b.funds - a.funds),
    fundsByKind: [...byKind].map(([kind, v]) => ({ kind, ...v })).sort((a, b) => b.funds - a.funds),
    grades: ['excellent', 'good', 'fair', 'poor', 'none'].map((grade) => ({ grade, count: grades.get(grade) ?? 0 })),
    findingsByCategory: [...findingsByCategory].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : 1)),
    topFindings: [...findings.values()].sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1)).slice(0, 10),
    topIndicators: [...indicators]
      .map(([clusterId, count]) => ({ clusterId, name: state.library.byId.get(clusterId)?.name ?? clusterId, count }))
      .sort((a, b) => b.count - a.count || (a.clusterId < b.clusterId ? -1 : 1))
      .slice(0, 15),
    reviewed,
  };
  perState.set(scopeKey, result);
  return result;
}

function add(map: Map<string, { funds: number; count: number }>, key: string, funds: number): void {
  const e = map.get(key);
  if (e) {
    e.funds += funds;
    e.count++;
  } else map.set(key, { funds, count: 1 });
}
