/** A curated indicator library entry (migration 0007). Locked once `published`: changes go through a change request. */
export interface LibraryEntriesTable {
  id: string;
  /** The library cluster it curates (its canonical normalised name), when it matches one. */
  cluster_id: string | null;
  name: string;
  level1: string | null;
  level2: string | null;
  definition: string;
  formula: string | null;
  unit: string | null;
  /** 'higher' (越高越好), 'lower' (越低越好) or 'neutral'. */
  direction: string;
  value_basis: string | null;
  source: string | null;
  /** 'draft', 'published' or 'withdrawn'. */
  status: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  published_by: string | null;
  published_at: string | null;
}

/** A requested change to a published entry, with its reason and the other administrator's decision. */
export interface LibraryChangeRequestsTable {
  id: string;
  entry_id: string;
  /** The entry version the change was written against. */
  entry_version: number;
  /** JSON text: the changed fields. */
  changes: string;
  reason: string;
  /** 'pending', 'approved' or 'rejected'. */
  status: string;
  requested_by: string;
  requested_by_name: string;
  requested_at: string;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string | null;
}

/** A unit whose indicators an administrator published to every unit (names and source projects). */
export interface LibraryUnitPublicationsTable {
  unit_id: string;
  published_by: string;
  published_at: string;
}
