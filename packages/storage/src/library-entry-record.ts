import type { LibraryChangeRequestsTable, LibraryEntriesTable } from './library-curation-tables';

export type LibraryEntryStatus = 'draft' | 'published' | 'withdrawn';
export type LibraryDirection = 'higher' | 'lower' | 'neutral';
export type LibraryChangeStatus = 'pending' | 'approved' | 'rejected';

/** The editable fields of a curated library entry. */
export interface LibraryEntryFields {
  readonly clusterId: string | null;
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

export interface LibraryEntryRecord extends LibraryEntryFields {
  readonly id: string;
  readonly status: LibraryEntryStatus;
  readonly version: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
  readonly publishedBy: string | null;
  readonly publishedAt: string | null;
}

export interface LibraryChangeRequestRecord {
  readonly id: string;
  readonly entryId: string;
  readonly entryVersion: number;
  readonly changes: Partial<LibraryEntryFields>;
  readonly reason: string;
  readonly status: LibraryChangeStatus;
  readonly requestedBy: string;
  readonly requestedByName: string;
  readonly requestedAt: string;
  readonly decidedBy: string | null;
  readonly decidedByName: string | null;
  readonly decidedAt: string | null;
  readonly decisionNote: string | null;
}

export function mapLibraryEntryRow(r: LibraryEntriesTable): LibraryEntryRecord {
  return {
    id: r.id,
    clusterId: r.cluster_id,
    name: r.name,
    level1: r.level1,
    level2: r.level2,
    definition: r.definition,
    formula: r.formula,
    unit: r.unit,
    direction: r.direction as LibraryDirection,
    valueBasis: r.value_basis,
    source: r.source,
    status: r.status as LibraryEntryStatus,
    version: Number(r.version),
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
    publishedBy: r.published_by,
    publishedAt: r.published_at,
  };
}

export function mapLibraryChangeRequestRow(r: LibraryChangeRequestsTable): LibraryChangeRequestRecord {
  return {
    id: r.id,
    entryId: r.entry_id,
    entryVersion: Number(r.entry_version),
    changes: JSON.parse(r.changes) as Partial<LibraryEntryFields>,
    reason: r.reason,
    status: r.status as LibraryChangeStatus,
    requestedBy: r.requested_by,
    requestedByName: r.requested_by_name,
    requestedAt: r.requested_at,
    decidedBy: r.decided_by,
    decidedByName: r.decided_by_name,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
  };
}

/** Entry fields as column values (only the given ones). */
export function toLibraryEntryColumns(f: Partial<LibraryEntryFields>): Partial<LibraryEntriesTable> {
  const out: Partial<LibraryEntriesTable> = {};
  if (f.clusterId !== undefined) out.cluster_id = f.clusterId;
  if (f.name !== undefined) out.name = f.name;
  if (f.level1 !== undefined) out.level1 = f.level1;
  if (f.level2 !== undefined) out.level2 = f.level2;
  if (f.definition !== undefined) out.definition = f.definition;
  if (f.formula !== undefined) out.formula = f.formula;
  if (f.unit !== undefined) out.unit = f.unit;
  if (f.direction !== undefined) out.direction = f.direction;
  if (f.valueBasis !== undefined) out.value_basis = f.valueBasis;
  if (f.source !== undefined) out.source = f.source;
  return out;
}
