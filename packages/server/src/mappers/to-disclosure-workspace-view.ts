import type { DisclosureView, DisclosureWorkspace } from '@jixiao/app';
import type { DisclosureSummary, StoredDisclosure } from '@jixiao/storage';

/** A stored disclosure without its document (list rows, the workspace header). */
export function toDisclosureSummaryView(d: StoredDisclosure | DisclosureSummary): DisclosureSummary {
  return {
    id: d.id,
    unitId: d.unitId,
    unitName: d.unitName,
    fiscalYear: d.fiscalYear,
    template: d.template,
    status: d.status,
    version: d.version,
    publishedVersion: d.publishedVersion,
    publishedAt: d.publishedAt,
    publishedBy: d.publishedBy,
    createdAt: d.createdAt,
    createdBy: d.createdBy,
    updatedAt: d.updatedAt,
    updatedBy: d.updatedBy,
  };
}

/** The workspace response: the summary, the budget, the generated tables with findings, and what the user may do. */
export function toDisclosureWorkspaceView(w: DisclosureWorkspace) {
  return {
    disclosure: toDisclosureSummaryView(w.disclosure),
    budget: w.budget as unknown as { fiscalYear: number } & Record<string, unknown>,
    view: toDisclosureView(w.view),
    canEdit: w.canEdit,
    canPublish: w.canPublish,
  };
}

/** Generated tables and findings as the response schema sees them (the core types, readonly arrays made plain). */
export function toDisclosureView(view: DisclosureView) {
  return {
    generated: view.generated as unknown as ({ tables: { id: string; title: string }[] } & Record<string, unknown>) | null,
    findings: view.findings.map((f) => ({ ...f, tables: [...f.tables] })),
    errorCount: view.errorCount,
    warningCount: view.warningCount,
    messages: [...view.messages],
  };
}
