/** Shapes of the indicator library endpoints (routes/library), as the web app reads them. */
export interface ValueDistribution {
  readonly min: number;
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
  readonly max: number;
  readonly n: number;
}

export interface LibrarySuggestion {
  readonly slot: string;
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly targetText: string | null;
  readonly support: number;
  readonly sources: readonly string[];
  readonly sourcesHidden: boolean;
  readonly clusterId: string;
  readonly origin: 'similar' | 'common';
  readonly score: number;
}

export interface LibraryClusterRow {
  readonly id: string;
  readonly name: string;
  readonly variants: readonly string[];
  readonly level1: string | null;
  readonly level2: string | null;
  readonly op: string | null;
  readonly unit: string | null;
  readonly values: ValueDistribution | null;
  readonly typicalTargetText: string | null;
  readonly support: number;
  readonly reuse: number;
  readonly unitCount: number;
  readonly unitNames: readonly string[];
  readonly met: { readonly n: number; readonly met: number; readonly rate: number } | null;
  readonly published: boolean;
  readonly detailsHidden: boolean;
}

export interface LibraryPage {
  readonly total: number;
  readonly projectCount: number;
  readonly clusters: readonly LibraryClusterRow[];
}

export interface PeerBenchmark {
  readonly workCategory: { readonly id: string; readonly label: string };
  readonly grouping: 'work' | 'similarity';
  readonly peers: readonly { readonly id: string | null; readonly name: string | null; readonly unitName: string | null; readonly similarity: number; readonly fundsTotal: number | null }[];
  readonly hiddenPeers: number;
  readonly funds: { readonly value: number | null; readonly peers: ValueDistribution | null; readonly ratioToMedian: number | null };
  readonly unitCosts: readonly { readonly unit: string; readonly value: number; readonly source: 'stated' | 'derived'; readonly indicator: number; readonly peers: ValueDistribution | null; readonly ratioToMedian: number | null }[];
  readonly targets: readonly {
    readonly indicator: number;
    readonly name: string;
    readonly op: string;
    readonly value: number;
    readonly unit: string | null;
    readonly basis: 'peers' | 'library';
    readonly distribution: ValueDistribution;
    readonly verdict: 'low' | 'normal';
  }[];
  readonly findings: readonly { readonly rule: string; readonly category: string; readonly message: string; readonly suggestion: string }[];
}

export interface LibraryDashboard {
  readonly projectCount: number;
  readonly fundsTotal: number;
  readonly fundsByCategory: readonly { readonly id: string; readonly label: string; readonly funds: number; readonly count: number }[];
  readonly fundsByKind: readonly { readonly kind: string; readonly funds: number; readonly count: number }[];
  readonly grades: readonly { readonly grade: string; readonly count: number }[];
  readonly findingsByCategory: readonly { readonly category: string; readonly count: number }[];
  readonly topFindings: readonly { readonly rule: string; readonly category: string; readonly message: string; readonly count: number }[];
  readonly topIndicators: readonly { readonly clusterId: string; readonly name: string; readonly count: number }[];
  readonly reviewed: number;
}

export type LibraryDirection = 'higher' | 'lower' | 'neutral';

export interface LibraryEntryFields {
  readonly clusterId?: string | null;
  readonly name: string;
  readonly level1: string | null;
  readonly level2: string | null;
  readonly definition: string;
  readonly formula: string | null;
  readonly unit: string | null;
  readonly direction: LibraryDirection;
  readonly valueBasis: string | null;
  readonly source: string | null;
}

export interface LibraryEntry extends LibraryEntryFields {
  readonly id: string;
  readonly clusterId: string | null;
  readonly status: 'draft' | 'published' | 'withdrawn';
  readonly version: number;
  readonly updatedBy: string;
  readonly updatedAt: string;
  readonly publishedBy: string | null;
  readonly publishedAt: string | null;
}

export interface LibraryChangeRequest {
  readonly id: string;
  readonly entryId: string;
  readonly entryVersion: number;
  readonly changes: Partial<LibraryEntryFields>;
  readonly reason: string;
  readonly status: 'pending' | 'approved' | 'rejected';
  readonly requestedBy: string;
  readonly requestedByName: string;
  readonly requestedAt: string;
  readonly decidedByName: string | null;
  readonly decidedAt: string | null;
  readonly decisionNote: string | null;
}
