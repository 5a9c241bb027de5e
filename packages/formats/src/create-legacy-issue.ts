import type { ImportIssue } from '@jixiao/core';
import { createIssue } from './create-issue';

/** The issue for an old binary Office file (.doc/.xls), with how to convert it. */
export function createLegacyIssue(kind: 'legacy-doc' | 'legacy-xls', fileName: string): ImportIssue {
  const [oldExt, newExt, app] = kind === 'legacy-doc' ? ['.doc', 'docx', 'Word'] : ['.xls', 'xlsx', 'Excel'];
  return createIssue(
    'legacy-format',
    'error',
    `这是旧版 ${app} 文件（${oldExt}），暂不能直接导入。请用 WPS/Word/Excel 打开后另存为 .${newExt}，` +
      `或在命令行运行 libreoffice --headless --convert-to ${newExt} ${fileName || `文件名${oldExt}`}，再导入转换后的文件。`,
    {},
    fileName,
  );
}
