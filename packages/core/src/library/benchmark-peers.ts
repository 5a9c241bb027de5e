import type { Fen } from '../model/money';
import type { TargetValue } from '../model/target-value';
import type { Level1, Level2 } from '../model/taxonomy';
import { classifyUnit } from '../review/classify-unit';
import type { Finding } from '../review/finding';
import { buildIndicatorLibrary } from './build-indicator-library';
import { classifyProjectWork } from './classify-project-work';
import type { ProjectIndex } from './build-project-index';
import type { CorpusProject } from './corpus-project';
import { deriveUnitCosts, type UnitCost } from './derive-unit-costs';
import { findLibraryCluster } from './find-library-cluster';
import { findSimilarProjects, readFundsTotal, type ProjectLike } from './find-similar-projects';
import { foldLevel2 } from './fold-level2';
import type { ClusterUse, IndicatorLibrary } from './indicator-library';
import { resolveCorpusIndex } from './resolve-corpus-index';
import { summarizeValues, type ValueDistribution } from './summarize-values';

export interface BenchmarkSubject extends ProjectLike {
  readonly id?: string | null;
  readonly unitId?: string | null;
  readonly indicators: readonly { readonly name: string; readonly level1: Level1 | null; readonly level2: Level2 | null; readonly target: TargetValue | null }[];
}

export interface BenchmarkOptions {
  /** The library built from the same corpus; built (and cached) when absent. */
  readonly library?: IndicatorLibrary;
  /** Index of the project in a reviewed list, for finding locations; default 0. */
  readonly projectIndex?: number;
  /** Peers read; default 20. Peers need a similarity of at least `minSimilarity` (default 0.12). */
  readonly peerLimit?: number;
  readonly minSimilarity?: number;
}

export interface PeerSummary {
  readonly id: string;
  readonly name: string;
  readonly unitName: string | null;
  readonly similarity: number;
  readonly fundsTotal: Fen | null;
}

export interface TargetComparison {
  readonly indicator: number;
  readonly name: string;
  readonly clusterId: string;
  readonly op: string;
  readonly value: number;
  readonly unit: string | null;
  /** Where the comparison values come from: the peers, or the whole library (other units) when peers give fewer than 5. */
  readonly basis: 'peers' | 'library';
  readonly distribution: ValueDistribution;
  /** `low`: far less ambitious than comparable targets; `normal` otherwise. */
  readonly verdict: 'low' | 'normal';
}

export interface PeerBenchmark {
  /**
   * How the peers were grouped: `work` when at least `MIN_PEER_VALUES` similar projects of other
   * units share the project's kind of work (信息化运维, 宣传 …), else `similarity` alone.
   */
  readonly grouping: 'work' | 'similarity';
  readonly peers: readonly PeerSummary[];
  readonly funds: { readonly value: Fen | null; readonly peers: ValueDistribution | null; readonly ratioToMedian: number | null };
  readonly unitCosts: readonly (UnitCost & { readonly peers: ValueDistribution | null; readonly ratioToMedian: number | null })[];
  readonly targets: readonly TargetComparison[];
  readonly findings: readonly Finding[];
}

/** Rule id of the peer ambition finding. */
export const PEER_AMBITION_RULE = 'library-peer-ambition';
/** Comparisons need at least this many values; a peer group by kind of work at least this many projects. */
export const MIN_PEER_VALUES = 3;
/** Target levels are compared with the peers' when they give at least this many values, else with the whole library's. */
export const MIN_PEER_TARGETS = 5;
/** “Far”: beyond p25 (or p75 for costs) by at least this share of it, and by half the interquartile range. */
export const FAR_SHARE = 0.1;
/** A peer of the same kind of work needs only this text similarity. */
export const WORK_PEER_MIN_SIMILARITY = 0.02;
export const FAR_COST_SHARE = 0.25;
const LOWER_IS_BETTER_RE = /投诉|差错|错误|故障率|发生率|超支|违规|违法|虚报|重复|不合格|退回|下降/;
const LIBRARY_CACHE = new WeakMap<object, IndicatorLibrary>();

/**
 * Compares a project with comparable projects of other units (bigram TF-IDF similarity of names
 * and goals, kept to the same kind of work when enough share it): funds, unit costs (stated 元/人 costs, or funds ÷ a quantity target) and target levels.
 * A rate target (`≥`, `%`) below the comparable p25, or a unit cost (`≤`) above their p75, by a
 * wide margin, becomes an `ambition` finding.
 */
export function benchmarkPeers(project: BenchmarkSubject, corpus: readonly CorpusProject[] | ProjectIndex, opts: BenchmarkOptions = {}): PeerBenchmark {
  const { index, positionOf } = resolveCorpusIndex(corpus);
  const library = opts.library ?? resolveLibrary(corpus, index);
  const selfIndex = project.id ? positionOf.get(project.id) : undefined;
  const ownUnit = project.unitId ?? (selfIndex !== undefined ? index.projects[selfIndex]?.unitId : undefined);
  const limit = opts.peerLimit ?? 20;
  const minSimilarity = opts.minSimilarity ?? 0.12;
  const candidates = findSimilarProjects(index, project, {
    excludeUnitIds: new Set(ownUnit ? [ownUnit] : []),
    excludeProjectIds: new Set(project.id ? [project.id] : []),
    limit: limit * 3,
    minSimilarity: Math.min(minSimilarity, WORK_PEER_MIN_SIMILARITY),
  });
  // Comparable projects: those doing the same kind of work (the shared kind vouches for a weaker text
  // similarity), when there are enough of them; else the most similar by text alone.
  const work = classifyProjectWork(project.name, project.goals ?? []).id;
  const sameWork = work === 'other' ? [] : candidates.filter((s) => classifyProjectWork(s.project.name, s.project.goals).id === work);
  const grouping = sameWork.length >= MIN_PEER_VALUES ? 'work' : 'similarity';
  const similar = (grouping === 'work' ? sameWork : candidates.filter((s) => s.similarity >= minSimilarity)).slice(0, limit);
  const peers = similar.map((s) => ({ id: s.project.id, name: s.project.name, unitName: s.project.unitName, similarity: s.similarity, fundsTotal: s.project.fundsTotal }));
  const funds = readFundsTotal(project);
  const peerFunds = summarizeValues(similar.map((s) => s.project.fundsTotal).filter((f): f is number => f !== null && f > 0));
  const ownCosts = deriveUnitCosts(project.indicators, funds);
  const peerCosts = similar.flatMap((s) => deriveUnitCosts(s.project.indicators, s.project.fundsTotal));
  const unitCosts = ownCosts.map((c) => {
    const dist = summarizeValues(peerCosts.filter((p) => p.unit === c.unit && p.source === c.source).map((p) => p.value));
    return { ...c, peers: dist, ratioToMedian: dist && dist.median > 0 ? round3(c.value / dist.median) : null };
  });
  const peerSet = new Set(similar.map((s) => s.index));
  const targets: TargetComparison[] = [];
  const findings: Finding[] = [];
  project.indicators.forEach((ind, i) => {
    const t = ind.target;
    if (!t || t.op === 'qualitative' || t.period) return;
    const direction = readDirection(ind.name, t.op, t.unit, foldLevel2(ind.level1, ind.level2).level2);
    if (direction === null) return;
    const clusterId = findLibraryCluster(library, ind.name);
    const cluster = clusterId === null ? undefined : library.byId.get(clusterId);
    if (!cluster || clusterId === null) return;
    const comparable = (u: ClusterUse): boolean => u.value !== null && (u.unit ?? '') === (t.unit ?? '') && u.project !== selfIndex && index.projects[u.project]?.unitId !== ownUnit;
    const fromPeers = cluster.uses.filter((u) => peerSet.has(u.project) && comparable(u)).map((u) => u.value as number);
    const basis = fromPeers.length >= MIN_PEER_TARGETS ? 'peers' : 'library';
    const values = basis === 'peers' ? fromPeers : cluster.uses.filter(comparable).map((u) => u.value as number);
    const dist = summarizeValues(values);
    if (!dist || dist.n < MIN_PEER_VALUES) return;
    const low = isFarOff(t.value, dist, direction);
    targets.push({ indicator: i, name: ind.name, clusterId, op: t.op, value: t.value, unit: t.unit, basis, distribution: dist, verdict: low ? 'low' : 'normal' });
    if (low) findings.push(createAmbitionFinding(opts.projectIndex ?? 0, i, ind.name, t.value, t.unit, direction, dist, basis));
  });
  return {
    grouping,
    peers,
    funds: { value: funds, peers: peerFunds, ratioToMedian: funds !== null && peerFunds && peerFunds.median > 0 ? round3(funds / peerFunds.median) : null },
    unitCosts,
    targets,
    findings,
  };
}

function resolveLibrary(corpus: readonly CorpusProject[] | ProjectIndex, index: ProjectIndex): IndicatorLibrary {
  let lib = LIBRARY_CACHE.get(corpus);
  if (!lib) LIBRARY_CACHE.set(corpus, (lib = buildIndicatorLibrary(index.projects)));
  return lib;
}

/** `higher`: a rate to reach (≥ %); `lower`: a unit cost or rate to stay under (≤); null: not compared (absolute amounts and counts scale with the project). */
function readDirection(name: string, op: string, unit: string | null, level2: Level2 | null): 'higher' | 'lower' | null {
  const kind = classifyUnit(unit);
  if (kind === 'unit-cost' && (op === '<=' || op === '<' || (op === '=' && level2 === 'cost'))) return 'lower';
  if (kind !== 'percent') return null;
  if (op === '<=' || op === '<') return 'lower';
  if (LOWER_IS_BETTER_RE.test(name)) return null;
  return 'higher';
}

function isFarOff(value: number, d: ValueDistribution, direction: 'higher' | 'lower'): boolean {
  const iqr = d.p75 - d.p25;
  if (direction === 'higher') return value < d.p25 && d.p25 - value >= Math.max(FAR_SHARE * Math.abs(d.p25), 0.5 * iqr);
  return value > d.p75 && value - d.p75 >= Math.max(FAR_COST_SHARE * Math.abs(d.p75), 0.5 * iqr);
}

function createAmbitionFinding(project: number, indicator: number, name: string, value: number, unit: string | null, direction: 'higher' | 'lower', d: ValueDistribution, basis: 'peers' | 'library'): Finding {
  const who = basis === 'peers' ? '可比项目' : '指标库中其他单位';
  const u = unit ?? '';
  const message =
    direction === 'higher'
      ? `“${name}”目标 ${value}${u} 明显低于${who}的水平（${d.n} 个目标值，下四分位 ${d.p25}${u}，中位数 ${d.median}${u}）。`
      : `“${name}”目标 ${value}${u} 明显高于${who}的水平（${d.n} 个目标值，上四分位 ${d.p75}${u}，中位数 ${d.median}${u}）。`;
  return {
    rule: PEER_AMBITION_RULE,
    category: 'ambition',
    severity: 'warning',
    dimension: '适当性',
    blocking: false,
    message,
    suggestion: direction === 'higher' ? `请参考${who}把目标提高到不低于 ${d.p25}${u}，或说明目标偏低的原因。` : `请参考${who}把成本控制在 ${d.p75}${u} 以内，或说明原因。`,
    location: { project, indicator, field: `indicators[${indicator}].target` },
    evidence: { indicator: name, target: value, unit: u, p25: d.p25, median: d.median, p75: d.p75, n: d.n, basis },
  };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
