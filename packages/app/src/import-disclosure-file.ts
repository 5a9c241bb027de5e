import { budgetFromDisclosure, readDisclosure, recognizeDocument, toDisclosureRows, type BudgetFromDisclosureIssue, type DepartmentBudget, type GenerationTemplateId } from '@jixiao/core';
import { readDocument } from '@jixiao/formats';
import type { Actor } from './actor';
import type { Db } from './db';
import { DISCLOSURE_EDITORS, loadVisibleDisclosure } from './disclosure-access';
import { DomainError } from './domain-error';
import { toWorkspace, type DisclosureWorkspace } from './get-department-disclosure';
import { requireRole } from './require-role';
import { saveDepartmentDisclosure } from './save-department-disclosure';

export interface DisclosureImportResult {
  readonly workspace: DisclosureWorkspace;
  /** What could not be placed into budget lines, or was reconstructed (from budgetFromDisclosure), plus notes of this import. */
  readonly issues: readonly BudgetFromDisclosureIssue[];
  readonly lineCount: number;
}

/**
 * Replaces a disclosure's budget by the one read from a published disclosure file (its tables back
 * into budget lines), saved as a new draft version. Last year's file (its year = this year − 1)
 * becomes this year's starting point: each line keeps its amount and takes it as the prior-year
 * amount. A file without a readable disclosure is refused (`import-failed`) and nothing is written.
 */
export async function importDisclosureFile(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  file: { readonly name: string; readonly bytes: Uint8Array },
): Promise<DisclosureImportResult> {
  const stored = await loadVisibleDisclosure(db, actor, id);
  requireRole(actor, DISCLOSURE_EDITORS);
  const doc = await readDocument(file.bytes, file.name);
  if (doc.rows.length === 0) throw new DomainError('import-failed', { issues: doc.issues.map((i) => i.message) }, `无法读取文件“${file.name}”：${doc.issues.map((i) => i.message).join('；') || '文件中没有文字'}`);
  const imported = recognizeDocument(doc, { file: file.name });
  const read = readDisclosure(toDisclosureRows(doc), { targets: imported });
  if (read.tables.length === 0 && read.catalogue.length === 0)
    throw new DomainError('import-failed', {}, `文件“${file.name}”中没有找到部门预算公开的报表（表1…表16）或报表目录，未导入`);
  if (read.readProblems.length > 0) {
    const where = read.readProblems.map((p) => `${p.line !== null ? `第 ${p.line} 行：` : ''}${p.message}`);
    throw new DomainError('import-failed', { problems: read.readProblems.map((p) => ({ ...p })) }, `文件“${file.name}”有报表未能读取，未导入（原预算未改变）：${where.join('；')}`);
  }
  let converted: { budget: DepartmentBudget; issues: BudgetFromDisclosureIssue[] };
  try {
    converted = budgetFromDisclosure(read, imported);
  } catch (error) {
    throw new DomainError('import-failed', {}, `文件“${file.name}”的报表未能转换为预算数据：${error instanceof Error ? error.message : String(error)}`);
  }
  if (converted.budget.lines.length === 0) {
    const why = converted.issues.filter((i) => i.code === 'no-code-tables' || i.code === 'kind-mismatch').map((i) => i.message);
    throw new DomainError('import-failed', { issues: converted.issues.map((i) => ({ ...i })) }, `文件“${file.name}”中没有读出任何预算行，未导入（原预算未改变）${why.length > 0 ? `：${why.join('；')}` : ''}`);
  }
  const { budget, notes } = adaptToYear(converted.budget, stored.fiscalYear);
  const saved = await saveDepartmentDisclosure(db, actor, id, version, {
    budget,
    template: stored.template as GenerationTemplateId,
    auditDetail: { importedFile: file.name, importedLines: budget.lines.length, issues: converted.issues.length },
  });
  return { workspace: await toWorkspace(actor, saved), issues: [...notes, ...converted.issues], lineCount: budget.lines.length };
}

function adaptToYear(budget: DepartmentBudget, year: number): { budget: DepartmentBudget; notes: BudgetFromDisclosureIssue[] } {
  if (budget.fiscalYear === year) return { budget, notes: [] };
  if (budget.fiscalYear === year - 1) {
    return {
      budget: { ...budget, fiscalYear: year, lines: budget.lines.map((l) => ({ ...l, priorAmount: l.amount, changeReason: null })) },
      notes: [note('prior-year', `文件是 ${budget.fiscalYear} 年的公开文件：各行金额已作为 ${year} 年的起点，并记为上年数，请按本年预算修改金额并填写增减原因`)],
    };
  }
  return {
    budget: { ...budget, fiscalYear: year },
    notes: [note('year-changed', `文件的预算年度（${budget.fiscalYear || '未写明'}）与本公开年度（${year}）不同，已按 ${year} 年导入，上年数未填写`)],
  };
}

function note(code: string, message: string): BudgetFromDisclosureIssue {
  return { code, message, tables: [], line: null };
}
