import { readJixiaoWorkbook } from '@jixiao/render';
import { getProject, isStorageError, runInTransaction, updateProject, type Database } from '@jixiao/storage';
import type { ImportIssue } from '@jixiao/core';

export interface WorkbookEditResult {
  /** Projects whose edits were saved (a new version each). */
  readonly updated: readonly { id: string; name: string; version: number; changes: number }[];
  readonly unchanged: number;
  readonly issues: readonly ImportIssue[];
}

class WorkbookRefused extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super('workbook refused');
  }
}

/**
 * A workbook Jixiao exported (hidden `_jixiao` sheet with ids and versions), filled in offline and
 * imported back: the edited values update the same projects, each with the usual version check.
 * One transaction: a stale version or an unknown project refuses the whole workbook and writes
 * nothing. Returns null when the workbook is not a Jixiao export (a normal import applies then).
 */
export async function applyWorkbookEdits(database: Database, bytes: Uint8Array, actor: string): Promise<WorkbookEditResult | null> {
  const workbook = await readJixiaoWorkbook(bytes);
  if (workbook.issues.some((i) => i.code === 'not-jixiao-export' || i.code === 'not-xlsx')) return null;
  const issues: ImportIssue[] = [...workbook.issues];
  try {
    return await runInTransaction(database.db, async (trx) => {
      const updated: { id: string; name: string; version: number; changes: number }[] = [];
      let unchanged = 0;
      const refusals: ImportIssue[] = [];
      for (const entry of workbook.projects) {
        if (!entry.id || entry.version === null) {
          refusals.push({ code: 'missing-id', severity: 'error', message: `工作表“${entry.sheet}”没有项目编号，无法对应到系统中的项目`, cell: entry.sheet });
          continue;
        }
        if (entry.changes.length === 0) {
          unchanged++;
          continue;
        }
        const stored = await getProject(trx, entry.id);
        if (!stored) {
          refusals.push({ code: 'unknown-project', severity: 'error', message: `工作表“${entry.sheet}”对应的项目已不存在`, cell: entry.sheet });
          continue;
        }
        try {
          const saved = await updateProject(trx, entry.id, entry.version, entry.project, actor, `Excel 回填：${entry.changes.map((c) => c.label).join('、').slice(0, 200)}`);
          updated.push({ id: saved.id, name: saved.project.name, version: saved.version, changes: entry.changes.length });
        } catch (e) {
          if (!isStorageError(e, 'version-conflict')) throw e;
          refusals.push({
            code: 'version-conflict',
            severity: 'error',
            message: `工作表“${entry.sheet}”导出于第 ${entry.version} 版，系统中已是第 ${stored.version} 版（${stored.updatedBy} 修改）：请重新导出后再填写`,
            cell: entry.sheet,
          });
        }
      }
      if (refusals.length) throw new WorkbookRefused(refusals);
      return { updated, unchanged, issues };
    });
  } catch (e) {
    if (e instanceof WorkbookRefused) return { updated: [], unchanged: 0, issues: [...issues, ...e.issues] };
    throw e;
  }
}
