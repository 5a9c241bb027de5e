import { generateDisclosure, type DepartmentBudget, type GenerationTemplateId } from '@jixiao/core';
import { renderDisclosureDataPackage, renderDisclosureDocx, renderDisclosureHtml, renderDisclosurePdf, renderDisclosureXlsx } from '@jixiao/render';
import { getDisclosureVersion } from '@jixiao/storage';
import type { Actor } from './actor';
import { loadCatalogueForYear } from './compute-disclosure-view';
import type { Db } from './db';
import { loadVisibleDisclosure } from './disclosure-access';
import { DomainError } from './domain-error';
import type { ExportedFile } from './export-projects';

export const DISCLOSURE_EXPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'datapackage', 'html'] as const;
export type DisclosureExportFormat = (typeof DISCLOSURE_EXPORT_FORMATS)[number];

const CONTENT_TYPES: Readonly<Record<DisclosureExportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  datapackage: 'application/zip',
  html: 'text/html; charset=utf-8',
};
const EXTENSIONS: Readonly<Record<DisclosureExportFormat, string>> = { docx: 'docx', pdf: 'pdf', xlsx: 'xlsx', datapackage: 'zip', html: 'html' };

/**
 * A visible disclosure generated and rendered as DOCX, PDF, XLSX, a Frictionless data package
 * (zip) or HTML (the preview): the current saved version, or an earlier one by number (a published version is frozen, so
 * its download never changes).
 */
export async function exportDepartmentDisclosure(db: Db, actor: Actor, id: string, format: DisclosureExportFormat, version?: number): Promise<ExportedFile> {
  const stored = await loadVisibleDisclosure(db, actor, id);
  let budget = stored.document as DepartmentBudget;
  let template = stored.template as GenerationTemplateId;
  if (version !== undefined && version !== stored.version) {
    const old = await getDisclosureVersion(db, id, version);
    if (!old) throw new DomainError('not-found', { entity: 'disclosure-version', id, version });
    budget = old.document as DepartmentBudget;
    template = old.template as GenerationTemplateId;
  }
  const { catalogue } = await loadCatalogueForYear(budget.fiscalYear);
  let generated;
  try {
    generated = generateDisclosure(budget, { template, catalogue });
  } catch (error) {
    throw new DomainError('validation', {}, `无法生成公开文件：${error instanceof Error ? error.message : String(error)}`);
  }
  const bytes =
    format === 'docx' ? await renderDisclosureDocx(generated)
    : format === 'pdf' ? await renderDisclosurePdf(generated)
    : format === 'xlsx' ? await renderDisclosureXlsx(generated)
    : format === 'html' ? new TextEncoder().encode(renderDisclosureHtml(generated))
    : await renderDisclosureDataPackage(generated);
  const name = `${budget.fiscalYear}年${budget.department.name}部门预算公开`.replace(/[\\/:*?"<>|]/g, '_');
  return { bytes, contentType: CONTENT_TYPES[format], fileName: `${name}.${EXTENSIONS[format]}` };
}
