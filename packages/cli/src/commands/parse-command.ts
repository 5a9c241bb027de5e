import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { parseDocument, toParseJsonDocument, type ParseJsonDocument } from '@jixiao/app';
import { DEFAULT_READ_LIMITS } from '@jixiao/formats';
import { formatParseSummary } from '../format-parse-summary';

const MAX_FILE_BYTES = DEFAULT_READ_LIMITS.maxInputBytes;

/** `jixiao parse FILE… [--json]`: recognise documents without storing anything. Exit 2 when a file held no target or could not be read. */
export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('识别文件中的绩效目标，不写入数据库')
    .argument('<files...>', '.txt .docx .xlsx .html .pdf 文件')
    .option('--json', '输出 JSON（稳定格式）')
    .option('--year <year>', '文件未写明预算年度时使用的年度', (v) => Number(v))
    .action(async (files: string[], opts: { json?: boolean; year?: number }) => {
      const documents: ParseJsonDocument[] = [];
      let failed = false;
      for (const file of files) {
        const doc = await parseFile(file, opts.year);
        if (doc.issues.some((i) => i.code === 'no-target-found' || i.severity === 'error')) failed = true;
        documents.push(doc);
        if (!opts.json) process.stdout.write(formatParseSummary(doc));
      }
      if (opts.json) process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);
      process.exitCode = failed ? 2 : 0;
    });
}

export async function parseFile(file: string, year: number | undefined): Promise<ParseJsonDocument> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('不是文件');
    if (info.size > MAX_FILE_BYTES) return unreadable(file, 'file-too-large', `文件过大（${Math.round(info.size / 1048576)} MB），上限 ${MAX_FILE_BYTES / 1048576} MB`);
    const bytes = new Uint8Array(await readFile(file));
    const doc = await parseDocument(bytes, basename(file), year ? { fiscalYear: year } : {});
    return { ...toParseJsonDocument(doc), file };
  } catch (e) {
    return unreadable(file, 'unreadable-file', `无法读取文件：${e instanceof Error ? e.message : String(e)}`);
  }
}

function unreadable(file: string, code: string, message: string): ParseJsonDocument {
  return { file, layout: 'unknown', issues: [{ code, severity: 'error', message }], projects: [], departmentTargets: [], stats: { rows: 0, usedRows: 0, boilerplateRows: 0, unplacedRows: 0 } };
}
