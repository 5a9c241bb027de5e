import { CLASSIC_PROFILE } from '../model/taxonomy-profiles';
import type { ComparisonOp } from '../model/target-value';
import type { Level1, Level2, TaxonomyProfile } from '../model/taxonomy';
import type { ProjectIndex } from './build-project-index';
import type { CorpusProject } from './corpus-project';
import { findSimilarProjects, type ProjectLike } from './find-similar-projects';
import { formatTypicalTarget } from './format-typical-target';
import type { ClusterUse, IndicatorLibrary, LibraryCluster } from './indicator-library';
import { listSuggestionSlots, type SuggestionSlot } from './list-suggestion-slots';
import { rankCategoryClusters } from './rank-category-clusters';
import { resolveCorpusIndex } from './resolve-corpus-index';
import { computeBalancedMedian } from './compute-balanced-median';

/** Who is asking: an administrator sees every source; a unit sees other units' source projects only for units an administrator published. */
export type LibraryVisibility = 'admin' | 'unit';

export interface SuggestionRequest extends ProjectLike {
  /** The asking unit: its own projects are never a source. */
  readonly unitId?: string | null;
}

export interface SuggestOptions {
  /** The project being edited (its own indicators are never suggested back; its unit is left out). */
  readonly excludeProjectId?: string | null;
  readonly visibility?: LibraryVisibility;
  readonly profile?: TaxonomyProfile;
  /** Suggestions per mandatory category; default 5. */
  readonly perCategory?: number;
  /** Filled from the category's most reused indicators when similar projects give fewer; default 3. */
  readonly minPerCategory?: number;
  /** Similar projects read; default 30. */
  readonly similarLimit?: number;
  /**
   * With `unit` visibility: units whose projects the asker may see by name (its scope, and units an
   * administrator published). Projects of other units stay unnamed otherwise, even for published entries.
   */
  readonly visibleUnitIds?: ReadonlySet<string>;
  /**
   * With `unit` visibility, an unpublished entry is offered only as a statistic over at least this
   * many other units (default 2): an indicator used by a single other unit is never shown to a unit.
   */
  readonly minStatisticUnits?: number;
}

export interface IndicatorSuggestion {
  /** The mandatory category it fills (`quantity` … `outcome` … `serviceSatisfaction`). */
  readonly slot: string;
  readonly level1: Level1;
  readonly level2: Level2;
  readonly name: string;
  /** A typical value: the median of similar projects' targets with their operator and unit. */
  readonly targetText: string | null;
  /** Projects in the library using it (the asking project not counted). */
  readonly support: number;
  /** Names of the similar projects it comes from; empty when hidden by visibility. */
  readonly sources: readonly string[];
  readonly sourcesHidden: boolean;
  readonly clusterId: string;
  /** `similar`: used by similar projects of other units; `common`: the category's most reused. */
  readonly origin: 'similar' | 'common';
  readonly score: number;
}

/** Library ids that only restate a category (`社会效益`, `经济效益指标`): not indicators to suggest. */
const CATEGORY_WORDS_RE = /(?:指标|^数量|^质量|^时效|^成本|^社会效益|^经济效益|^生态效益|^可持续影响|^满意度|^合格|^完成率|^及时性|^覆盖率)$/;
const MAX_SOURCES = 5;

interface Candidate {
  score: number;
  sources: number[];
  uses: ClusterUse[];
}

/**
 * Proposes indicators for every mandatory category of the profile (数量, 质量, 时效, 成本, 效益,
 * 服务对象满意度), drawn from the projects of other units most similar in name and goals (bigram
 * TF-IDF), ranked by Σ similarity × weight; a category with fewer than `minPerCategory` is filled
 * with its most reused library entries. Never draws on the project itself or on its unit.
 */
export function suggestIndicators(
  request: SuggestionRequest,
  library: IndicatorLibrary,
  corpus: readonly CorpusProject[] | ProjectIndex,
  opts: SuggestOptions = {},
): IndicatorSuggestion[] {
  const { index, positionOf } = resolveCorpusIndex(corpus);
  if (library.projectCount !== index.size) throw new Error('指标库与项目库不一致：请用同一批项目重新生成指标库。');
  const perCategory = opts.perCategory ?? 5;
  const minPerCategory = opts.minPerCategory ?? 3;
  const visibility = opts.visibility ?? 'unit';
  const selfIndex = opts.excludeProjectId ? positionOf.get(opts.excludeProjectId) : undefined;
  const excludeUnitIds = new Set<string>();
  if (request.unitId) excludeUnitIds.add(request.unitId);
  if (selfIndex !== undefined) excludeUnitIds.add((index.projects[selfIndex] as CorpusProject).unitId);
  const similar = findSimilarProjects(index, request, {
    excludeUnitIds,
    excludeProjectIds: new Set(opts.excludeProjectId ? [opts.excludeProjectId] : []),
    limit: opts.similarLimit ?? 30,
  });
  const selfClusters = new Set(selfIndex === undefined ? [] : (library.projectUses[selfIndex] ?? []).map((u) => u?.cluster ?? null));
  const slots = listSuggestionSlots(opts.profile ?? CLASSIC_PROFILE);
  const view: LibraryView = { visibility, visibleUnitIds: opts.visibleUnitIds ?? new Set(), excludeUnitIds, minUnits: opts.minStatisticUnits ?? 2 };
  const shown = (cluster: LibraryCluster | undefined): boolean => cluster !== undefined && mayShowCluster(cluster, view);
  const out: IndicatorSuggestion[] = [];
  for (const slot of slots) {
    const candidates = collectCandidates(slot, similar, library, index);
    const ranked = [...candidates.entries()]
      .filter(([id]) => !CATEGORY_WORDS_RE.test(id) && shown(library.byId.get(id)))
      .sort((a, b) => b[1].score - a[1].score || (library.byId.get(b[0])?.support ?? 0) - (library.byId.get(a[0])?.support ?? 0) || (a[0] < b[0] ? -1 : 1))
      .slice(0, perCategory);
    const chosen = new Set(ranked.map(([id]) => id));
    for (const [id, c] of ranked) {
      const cluster = library.byId.get(id) as LibraryCluster;
      out.push(toSuggestion(slot, cluster, c, 'similar', index, view, selfClusters));
    }
    if (chosen.size < minPerCategory) {
      for (const entry of rankCategoryClusters(library, slot.level2s)) {
        if (chosen.size >= minPerCategory) break;
        if (chosen.has(entry.cluster.id) || CATEGORY_WORDS_RE.test(entry.cluster.id) || !shown(entry.cluster)) continue;
        const sources: number[] = [];
        const uses: ClusterUse[] = [];
        for (const u of entry.uses) {
          if (excludeUnitIds.has((index.projects[u.project] as CorpusProject).unitId)) continue;
          uses.push(u);
          if (!sources.includes(u.project)) sources.push(u.project);
          if (sources.length >= MAX_SOURCES) break;
        }
        if (uses.length === 0) continue;
        chosen.add(entry.cluster.id);
        out.push(toSuggestion(slot, entry.cluster, { score: 0, sources, uses }, 'common', index, view, selfClusters));
      }
    }
  }
  return out;
}

/** Who sees what: the asker's visibility, the units it may see by name, the units left out. */
export interface LibraryView {
  readonly visibility: LibraryVisibility;
  readonly visibleUnitIds: ReadonlySet<string>;
  readonly excludeUnitIds: ReadonlySet<string>;
  readonly minUnits: number;
}

/** Whether a unit-scoped asker may see a project of this unit by name. */
function isUnitVisible(view: LibraryView, unitId: string): boolean {
  return view.visibility === 'admin' || view.visibleUnitIds.has(unitId);
}

/**
 * Whether the entry may be offered at all: always to an administrator and for published entries;
 * to a unit when it is a statistic over at least `minUnits` other units, or when every other unit
 * using it is visible to the asker anyway.
 */
export function mayShowCluster(cluster: LibraryCluster, view: LibraryView): boolean {
  if (view.visibility === 'admin' || cluster.published) return true;
  let others = 0;
  let allVisible = true;
  for (const u of cluster.unitIds) {
    if (view.excludeUnitIds.has(u)) continue;
    others++;
    if (!view.visibleUnitIds.has(u)) allVisible = false;
  }
  return others >= view.minUnits || (others > 0 && allVisible);
}

function weightOf(index: ProjectIndex, i: number): number {
  return index.projects[i]?.approved ? 2 : 1;
}

function collectCandidates(slot: SuggestionSlot, similar: ReturnType<typeof findSimilarProjects>, library: IndicatorLibrary, index: ProjectIndex): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (const s of similar) {
    const seen = new Set<string>();
    for (const use of library.projectUses[s.index] ?? []) {
      if (!use || use.level2 === null || !slot.level2s.includes(use.level2)) continue;
      const id = use.cluster;
      let c = out.get(id);
      if (!c) out.set(id, (c = { score: 0, sources: [], uses: [] }));
      c.uses.push(use);
      if (seen.has(id)) continue;
      seen.add(id);
      c.score += s.similarity * weightOf(index, s.index);
      c.sources.push(s.index);
    }
  }
  return out;
}

function toSuggestion(
  slot: SuggestionSlot,
  cluster: LibraryCluster,
  c: Candidate,
  origin: 'similar' | 'common',
  index: ProjectIndex,
  view: LibraryView,
  selfClusters: ReadonlySet<string | null>,
): IndicatorSuggestion {
  const level2 = pickLevel2(slot, c.uses);
  const names: string[] = [];
  let hidden = false;
  for (const i of c.sources) {
    const p = index.projects[i];
    if (!p) continue;
    // Publishing an entry offers it to every unit; source projects are named only for units the asker may see.
    if (!isUnitVisible(view, p.unitId)) {
      hidden = true;
      continue;
    }
    if (!names.includes(p.name)) names.push(p.name);
    if (names.length === MAX_SOURCES) break;
  }
  // A typical value drawn from a single hidden unit would repeat its target verbatim: use the library-wide statistic then.
  const ownStatistic = origin === 'similar' && (!hidden || new Set(c.uses.map((u) => index.projects[u.project]?.unitId)).size >= view.minUnits);
  return {
    slot: slot.id,
    level1: slot.level1,
    level2,
    name: cluster.name,
    targetText: (ownStatistic ? describeTypicalTarget(c.uses, index.projects) : null) ?? cluster.typicalTargetText,
    support: cluster.support - (selfClusters.has(cluster.id) ? 1 : 0),
    sources: names,
    sourcesHidden: hidden,
    clusterId: cluster.id,
    origin,
    score: Math.round(c.score * 1e4) / 1e4,
  };
}

function pickLevel2(slot: SuggestionSlot, uses: readonly ClusterUse[]): Level2 {
  if (slot.level2s.length === 1) return slot.level2s[0] as Level2;
  const counts = new Map<Level2, number>();
  for (const u of uses) if (u.level2 !== null && slot.level2s.includes(u.level2)) counts.set(u.level2, (counts.get(u.level2) ?? 0) + u.weight);
  let best: Level2 = slot.level2s[0] as Level2;
  let n = -1;
  for (const l2 of slot.level2s) {
    const c = counts.get(l2) ?? 0;
    if (c > n) [best, n] = [l2, c];
  }
  return best;
}

/** Balanced median of the uses' numeric targets in their majority unit, with the majority operator; else the commonest text. */
export function describeTypicalTarget(uses: readonly ClusterUse[], projects: readonly CorpusProject[]): string | null {
  const ops = new Map<ComparisonOp | 'qualitative', number>();
  const units = new Map<string, number>();
  const texts = new Map<string, number>();
  for (const u of uses) {
    if (u.op !== null) ops.set(u.op, (ops.get(u.op) ?? 0) + u.weight);
    if (u.value !== null) units.set(u.unit ?? '', (units.get(u.unit ?? '') ?? 0) + u.weight);
    if (u.text !== null) texts.set(u.text, (texts.get(u.text) ?? 0) + u.weight);
  }
  const op = pickTop(ops);
  if (op !== null && op !== 'qualitative') {
    const unit = pickTop(units);
    const values = uses.filter((u) => u.value !== null && (u.unit ?? '') === unit && u.op === op).map((u) => ({ value: u.value as number, unitId: projects[u.project]?.unitId ?? '' }));
    const median = computeBalancedMedian(values);
    if (median !== null && unit !== null) return formatTypicalTarget(op, median, unit === '' ? null : unit);
  }
  return pickTop(texts);
}

function pickTop<K extends string>(counts: ReadonlyMap<K, number>): K | null {
  let best: K | null = null;
  let n = -1;
  for (const [k, c] of counts) if (c > n || (c === n && best !== null && k < best)) [best, n] = [k, c];
  return best;
}
