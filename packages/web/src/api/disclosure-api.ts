import type { DepartmentBudget, DisclosureFinding, GeneratedDisclosure, GenerationTemplateId } from '@jixiao/core';
import { requestApi, withQuery } from './http-client';

export type DisclosureStatus = 'draft' | 'published';

export interface DisclosureSummary {
  readonly id: string;
  readonly unitId: string;
  readonly unitName: string | null;
  readonly fiscalYear: number;
  readonly template: GenerationTemplateId;
  readonly status: DisclosureStatus;
  readonly version: number;
  readonly publishedVersion: number | null;
  readonly publishedAt: string | null;
  readonly publishedBy: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export interface DisclosureView {
  readonly generated: GeneratedDisclosure | null;
  readonly findings: readonly DisclosureFinding[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly messages: readonly string[];
}

export interface DisclosureWorkspace {
  readonly disclosure: DisclosureSummary;
  readonly budget: DepartmentBudget;
  readonly view: DisclosureView;
  readonly canEdit: boolean;
  readonly canPublish: boolean;
}

export interface DisclosureList {
  readonly departments: readonly { readonly id: string; readonly code: string | null; readonly name: string }[];
  readonly disclosures: readonly DisclosureSummary[];
}

/** The `details.current` of a 409 on save: the version someone else saved. */
export interface DisclosureConflict {
  readonly version: number;
  readonly status: DisclosureStatus;
  readonly template: GenerationTemplateId;
  readonly budget: DepartmentBudget;
  readonly updatedBy: string | null;
  readonly updatedAt: string;
}

export interface DisclosureImportResult {
  readonly workspace: DisclosureWorkspace;
  readonly lineCount: number;
  readonly issues: readonly { readonly code: string; readonly message: string; readonly tables: readonly string[]; readonly line: number | null }[];
}

export type DisclosureExportFormat = 'docx' | 'pdf' | 'xlsx' | 'datapackage' | 'html';

const base = (id: string) => `/api/disclosures/${encodeURIComponent(id)}`;

/** GET /api/disclosures: the departments the user may open and their disclosures. */
export function listDisclosures(query: { unitId?: string; year?: number } = {}): Promise<DisclosureList> {
  return requestApi('GET', withQuery('/api/disclosures', query));
}

/** POST /api/disclosures: a new (empty) disclosure of a department for a year. */
export function createDisclosure(unitId: string, fiscalYear: number, template: GenerationTemplateId): Promise<DisclosureWorkspace> {
  return requestApi('POST', '/api/disclosures', { unitId, fiscalYear, template });
}

/** GET /api/disclosures/:id: budget, generated tables, findings. */
export function getDisclosure(id: string): Promise<DisclosureWorkspace> {
  return requestApi('GET', base(id));
}

/** PUT /api/disclosures/:id with the version it was loaded at; a stale version throws 409 version-conflict. */
export function updateDisclosure(id: string, version: number, template: GenerationTemplateId, budget: DepartmentBudget): Promise<DisclosureWorkspace> {
  return requestApi('PUT', base(id), { version, template, budget });
}

/** POST /api/disclosures/:id/preview: the tables and findings of an unsaved budget. */
export function previewDisclosure(id: string, template: GenerationTemplateId, budget: DepartmentBudget): Promise<DisclosureView> {
  return requestApi('POST', `${base(id)}/preview`, { template, budget });
}

/** POST /api/disclosures/:id/publish: 公开 the saved version (refused while errors remain). */
export function publishDisclosure(id: string, version: number): Promise<DisclosureWorkspace> {
  return requestApi('POST', `${base(id)}/publish`, { version });
}

/** POST /api/disclosures/:id/import?version=N (multipart `file`): lines read from a published disclosure. */
export function importDisclosure(id: string, version: number, file: File): Promise<DisclosureImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return requestApi('POST', withQuery(`${base(id)}/import`, { version }), form);
}

/** The download address of a generated file (the saved version). */
export function disclosureExportUrl(id: string, format: DisclosureExportFormat): string {
  return withQuery(`${base(id)}/export`, { format });
}
