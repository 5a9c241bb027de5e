import type { ComparisonOp } from '../model/target-value';
import type { Level1, Level2 } from '../model/taxonomy';
import type { ValueDistribution } from './summarize-values';

/** How often a clustered indicator met its target, where self-evaluation actuals exist. */
export interface MetRate {
  readonly n: number;
  readonly met: number;
  readonly rate: number;
}

/** One use of a cluster: a project's indicator row. */
export interface ClusterUse {
  readonly cluster: string;
  /** Index of the project in the corpus the library was built from. */
  readonly project: number;
  readonly indicator: number;
  readonly level1: Level1 | null;
  readonly level2: Level2 | null;
  readonly op: ComparisonOp | 'qualitative' | null;
  readonly value: number | null;
  readonly unit: string | null;
  /** Qualitative target text (`有所提高`), else null. */
  readonly text: string | null;
  readonly weight: number;
}

/** An entry of the indicator library (指标库): near-duplicate names clustered, with statistics. */
export interface LibraryCluster {
  /** Stable id: the cluster's canonical normalised name (`服务对象满意度`). */
  readonly id: string;
  /** The most used original name (display). */
  readonly name: string;
  /** Original names, most used first (at most 12). */
  readonly variants: readonly string[];
  /** Normalised member names, sorted. */
  readonly keys: readonly string[];
  /** Majority category (approved targets count double). */
  readonly level1: Level1 | null;
  readonly level2: Level2 | null;
  readonly categories: readonly { readonly level1: Level1 | null; readonly level2: Level2 | null; readonly count: number }[];
  /** Typical operator and unit (weighted majority). */
  readonly op: ComparisonOp | 'qualitative' | null;
  readonly unit: string | null;
  /** Numeric targets with the typical unit. */
  readonly values: ValueDistribution | null;
  /** The median of per-unit medians with the typical operator and unit (`≥95%`), or the commonest qualitative text. */
  readonly typicalTargetText: string | null;
  /** Distinct projects using it. */
  readonly support: number;
  /** Indicator rows using it (a project may repeat an indicator). */
  readonly reuse: number;
  /** Sum of project weights (1, approved 2). */
  readonly weight: number;
  readonly unitIds: readonly string[];
  readonly unitNames: readonly string[];
  readonly met: MetRate | null;
  /** A curated entry an administrator published: offered to every unit (its sources stay named only where visible). */
  readonly published: boolean;
  readonly uses: readonly ClusterUse[];
}

export interface IndicatorLibrary {
  /** Clusters by support (desc), weight (desc), then id. */
  readonly clusters: readonly LibraryCluster[];
  readonly byId: ReadonlyMap<string, LibraryCluster>;
  /** Normalised name → cluster id. */
  readonly clusterOfKey: ReadonlyMap<string, string>;
  /** Per corpus project (by index): the use of each indicator, null for unnamed rows. */
  readonly projectUses: readonly (readonly (ClusterUse | null)[])[];
  readonly projectCount: number;
}
