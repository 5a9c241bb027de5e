import { createHash } from 'node:crypto';
import type { ImportedDocument } from '@jixiao/core';
import { saveImportedDocument, type Database, type SaveImportResult } from '@jixiao/storage';
import { parseDocument } from './parse-document';
import { applyWorkbookEdits } from './apply-workbook-edits';

export interface ImportOutcome {
  readonly file: string;
  readonly document: ImportedDocument;
  /** Null when nothing was written (no target found, unreadable file, or the save failed). */
  readonly saved: SaveImportResult | null;
  readonly error: string | null;
}

export interface ImportOptions {
  readonly actor: string;
  readonly fiscalYear?: number;
}

/**
 * Parses one file and stores what it holds in one transaction. A file without any target, or one
 * whose save fails, writes nothing and says why (in Chinese).
 */
export async function importDocument(database: Database, bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<ImportOutcome> {
  const document = await parseDocument(bytes, fileName, options.fiscalYear ? { fiscalYear: options.fiscalYear } : {});
  if (document.format === 'xlsx' && !document.issues.some((i) => i.severity === 'error' && i.code !== 'no-target-found')) {
    // A workbook Jixiao exported and a unit filled in offline: update the same projects by id and version.
    const edits = await applyWorkbookEdits(database, bytes, options.actor);
    if (edits) {
      const refused = edits.issues.filter((i) => i.severity === 'error');
      const withIssues = { ...document, issues: [...edits.issues] };
      if (refused.length) return { file: fileName, document: withIssues, saved: null, error: refused.map((i) => i.message).join('；') };
      return {
        file: fileName,
        document: withIssues,
        saved: { batchId: 'workbook', created: 0, updated: edits.updated.length, unchanged: edits.unchanged, departmentTargets: { created: 0, updated: 0, unchanged: 0 }, projectIds: edits.updated.map((u) => u.id) },
        error: null,
      };
    }
  }
  if (document.projects.length === 0 && document.departmentTargets.length === 0) {
    const reason = document.issues.find((i) => i.severity === 'error')?.message ?? '文件中未找到绩效目标';
    return { file: fileName, document, saved: null, error: reason };
  }
  try {
    const saved = await saveImportedDocument(database.db, document, {
      fileSha256: createHash('sha256').update(bytes).digest('hex'),
      actor: options.actor,
      ...(options.fiscalYear ? { fiscalYearHint: options.fiscalYear } : {}),
    });
    return { file: fileName, document, saved, error: null };
  } catch (e) {
    return { file: fileName, document, saved: null, error: `保存失败，未写入任何数据：${e instanceof Error ? e.message : String(e)}` };
  }
}
