import { decodeText, detectFileKind, readPaymentRows, splitCsvRows, type PaymentDraft, type PaymentIssue, type PaymentRowInput } from '@jixiao/core';
import { readXlsx } from '@jixiao/formats';
import { getMonitoringPlans, insertExecutionEntries } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError } from './domain-error';
import { findToday, loadMonitoredProject, resolveMonitoringYear } from './project-monitoring';

export interface PaymentsReading {
  readonly entries: readonly PaymentDraft[];
  readonly issues: readonly PaymentIssue[];
  readonly skipped: readonly { readonly row: number; readonly reason: string }[];
  /** Sum of the placed entries in fen. */
  readonly total: number;
}

export interface PaymentsImport extends PaymentsReading {
  /** Entries written (0 for a preview). */
  readonly imported: number;
}

/** Reads a payments file (.csv/.txt, or .xlsx) into placed rows and issues; never throws on bad content. */
export async function readPaymentsFile(bytes: Uint8Array, fileName: string, year: number | null): Promise<PaymentsReading> {
  const kind = detectFileKind(bytes, fileName);
  let rows: PaymentRowInput[];
  if (kind === 'xlsx') {
    const doc = await readXlsx(bytes);
    if (doc.issues.length > 0 && doc.rows.length === 0) {
      return { entries: [], skipped: [], total: 0, issues: doc.issues.map((i) => ({ row: null, cell: null, text: '', message: i.message })) };
    }
    rows = doc.rows.map((r) => {
      const m = /^(.*)!A(\d+)$/.exec(r.loc.cell ?? '');
      return { cells: r.cells, row: m ? Number(m[2]) : 0, sheet: m ? m[1]! : null };
    });
  } else if (kind === 'txt' || /\.(csv|txt|tsv)$/i.test(fileName)) {
    const decoded = decodeText(bytes);
    const fatal = decoded.issues.filter((i) => i.severity === 'error');
    if (fatal.length > 0) return { entries: [], skipped: [], total: 0, issues: fatal.map((i) => ({ row: null, cell: null, text: '', message: i.message })) };
    rows = splitCsvRows(decoded.text).map((r) => ({ cells: r.cells, row: r.line }));
  } else {
    throw new DomainError('unsupported-file', { fileName }, '支付明细只支持 CSV 或 Excel（.xlsx）文件');
  }
  const read = readPaymentRows(rows, { year });
  return { ...read, total: read.entries.reduce((s, e) => s + e.amount, 0) };
}

/**
 * Imports the payments of a file as execution entries of the project. With `preview` nothing is written; otherwise
 * a file with any issue is refused as a whole (`validation`, every issue in `details.issues`) and a clean file is
 * written in one transaction.
 */
export async function importPayments(
  db: Db,
  actor: Actor,
  projectId: string,
  file: { readonly bytes: Uint8Array; readonly fileName: string },
  options: { readonly preview?: boolean; readonly today?: string } = {},
): Promise<PaymentsImport> {
  const stored = await loadMonitoredProject(db, actor, projectId, true);
  const [plan] = await getMonitoringPlans(db, [projectId]);
  const year = resolveMonitoringYear(stored, plan, options.today ?? findToday());
  const read = await readPaymentsFile(file.bytes, file.fileName, year);
  if (options.preview) return { ...read, imported: 0 };
  if (read.issues.length > 0) {
    throw new DomainError('validation', { issues: read.issues }, `支付明细有 ${read.issues.length} 处无法识别，未导入任何记录：${read.issues.map((i) => i.message).join('；')}`);
  }
  await insertExecutionEntries(db, projectId, read.entries, { source: 'import', importFile: file.fileName, actor: actor.username });
  return { ...read, imported: read.entries.length };
}
