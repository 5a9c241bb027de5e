import type { Selectable } from 'kysely';
import type { DisclosuresTable, DisclosureVersionsTable } from './schema';

export const DISCLOSURE_STATUSES = ['draft', 'published'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

/** A department's budget disclosure for one year; `document` is the stored budget JSON. */
export interface StoredDisclosure {
  readonly id: string;
  readonly unitId: string;
  readonly unitName: string | null;
  readonly fiscalYear: number;
  readonly template: string;
  readonly status: DisclosureStatus;
  readonly version: number;
  readonly document: unknown;
  /** The version last published (已公开), frozen; null when never published. */
  readonly publishedVersion: number | null;
  readonly publishedAt: string | null;
  readonly publishedBy: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export type DisclosureSummary = Omit<StoredDisclosure, 'document'>;

/** One saved version of a disclosure; a published one never changes. */
export interface DisclosureVersion {
  readonly disclosureId: string;
  readonly version: number;
  readonly status: DisclosureStatus;
  readonly template: string;
  readonly document: unknown;
  readonly savedAt: string;
  readonly savedBy: string;
  readonly publishedAt: string | null;
  readonly publishedBy: string | null;
}

export function mapDisclosureRow(row: Selectable<DisclosuresTable> & { unit_name: string | null }): StoredDisclosure {
  return { ...mapDisclosureSummary(row), document: JSON.parse(row.document) as unknown };
}

export function mapDisclosureSummary(row: Omit<Selectable<DisclosuresTable>, 'document'> & { unit_name: string | null }): DisclosureSummary {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    fiscalYear: row.fiscal_year,
    template: row.template,
    status: row.status as DisclosureStatus,
    version: row.version,
    publishedVersion: row.published_version,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function mapDisclosureVersionRow(row: Selectable<DisclosureVersionsTable>): DisclosureVersion {
  return {
    disclosureId: row.disclosure_id,
    version: row.version,
    status: row.status as DisclosureStatus,
    template: row.template,
    document: JSON.parse(row.document) as unknown,
    savedAt: row.saved_at,
    savedBy: row.saved_by,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
  };
}
