import { createHash } from 'node:crypto';
import type { ImportedDocument } from '@jixiao/core';
import type { Actor } from './actor';
import { DomainError } from './domain-error';
import type { ImportTokenStore, PendingImport } from './import-token-store';
import { parseDocument } from './parse-document';
import { requireRole } from './require-role';

const SUPPORTED_EXTENSIONS = ['.txt', '.docx', '.xlsx', '.html', '.htm', '.pdf'];
/** Reader issues that mean "this is not a document we can read" (415) rather than "no target in it" (422). */
const UNSUPPORTED_CODES = new Set(['binary-file', 'unsupported-format', 'legacy-doc', 'legacy-xls', 'legacy-format']);

export const IMPORT_ROLES = ['preparer', 'unit_head', 'admin'] as const;

/**
 * Parses an uploaded file (nothing is written) and keeps the result under a token for
 * `confirmImport`. An unsupported type is `unsupported-file` (415); a readable file without any
 * target is `import-failed` (422) with the reader's explanation.
 */
export async function previewImport(
  store: ImportTokenStore,
  actor: Actor,
  file: { readonly name: string; readonly bytes: Uint8Array },
  options: { readonly fiscalYear?: number } = {},
): Promise<{ pending: PendingImport; document: ImportedDocument }> {
  requireRole(actor, IMPORT_ROLES);
  const lower = file.name.toLowerCase();
  if (!SUPPORTED_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    throw new DomainError('unsupported-file', { file: file.name }, '不支持的文件类型，请上传 .txt、.docx、.xlsx、.html 或 .pdf 文件');
  }
  if (file.bytes.length === 0) throw new DomainError('import-failed', { file: file.name }, '文件是空的，没有可导入的内容');
  const document = await parseDocument(file.bytes, file.name, { withRows: true, ...(options.fiscalYear ? { fiscalYear: options.fiscalYear } : {}) });
  const fatal = document.issues.find((i) => i.severity === 'error' && UNSUPPORTED_CODES.has(i.code));
  if (fatal) throw new DomainError('unsupported-file', { file: file.name, issue: fatal.code }, fatal.message);
  if (document.projects.length === 0 && document.departmentTargets.length === 0) {
    const reason = document.issues.find((i) => i.severity === 'error');
    throw new DomainError(
      'import-failed',
      { file: file.name, issues: document.issues.map((i) => ({ code: i.code, message: i.message })) },
      reason ? `未能导入：${reason.message}` : '文件中未识别到绩效目标（项目或部门整体目标），请检查文件内容',
    );
  }
  const fileSha256 = createHash('sha256').update(file.bytes).digest('hex');
  const pending = store.put({
    userId: actor.userId,
    document,
    fileSha256,
    ...(options.fiscalYear ? { fiscalYearHint: options.fiscalYear } : {}),
  });
  return { pending, document };
}
