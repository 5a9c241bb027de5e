import { createHash } from 'node:crypto';
import type { ImportedDocument } from '@jixiao/core';
import { saveImportedDocument, type Database, type SaveImportResult } from '@jixiao/storage';
import { parseDocument } from './parse-document';

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
