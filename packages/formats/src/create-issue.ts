import type { ImportIssue, ImportIssueSeverity, SourceLocation } from '@jixiao/core';

const MAX_ISSUE_TEXT = 200;

/** Builds an import issue; `text` is shortened to 200 characters as the model requires. */
export function createIssue(
  code: string,
  severity: ImportIssueSeverity,
  message: string,
  loc: SourceLocation = {},
  text?: string,
): ImportIssue {
  const issue: ImportIssue = { code, severity, message, ...loc };
  if (text === undefined) return issue;
  return { ...issue, text: text.length > MAX_ISSUE_TEXT ? `${text.slice(0, MAX_ISSUE_TEXT - 1)}…` : text };
}

export function createTruncatedIssue(maxRows: number): ImportIssue {
  return createIssue('truncated', 'warning', `文件内容超过 ${maxRows} 行，只读取了前 ${maxRows} 行，其余内容未导入。请拆分文件后分别导入。`);
}

export function createCorruptIssue(kind: string, detail?: string): ImportIssue {
  return createIssue(
    'corrupt-file',
    'error',
    `${kind} 文件已损坏或不完整，无法读取。请用原软件重新打开并另存后再导入。`,
    {},
    detail,
  );
}
