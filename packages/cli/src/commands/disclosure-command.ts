import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { checkDisclosureFile, type DisclosureCheckResult } from '@jixiao/app';

const SEVERITY_LABELS: Readonly<Record<string, string>> = { error: '错误', warning: '警告', info: '提示' };

/** Human-readable report of a disclosure check. */
export function formatDisclosureReport(result: DisclosureCheckResult): string {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  let s = `\n${result.file}：${result.findings.length} 条意见（${errors} 条错误）\n`;
  for (const m of result.messages) s += `  注意：${m}\n`;
  for (const f of result.findings) s += `  [${SEVERITY_LABELS[f.severity] ?? f.severity}] ${f.rule}（${f.tables.join('、')}）${f.message}\n`;
  return s;
}

/** `jixiao disclosure check FILE [--json]`: pre-publication checks of a department budget disclosure (exit 0 clean, 1 errors, 2 unreadable). */
export function registerDisclosureCommand(program: Command): void {
  const disclosure = program.command('disclosure').description('部门预算公开：公开前检查');
  disclosure
    .command('check')
    .description('检查部门预算公开文件：表内平衡、表间勾稽、说明与报表一致、报表齐全')
    .argument('<file>', '.txt .docx .xlsx .html .pdf 文件')
    .option('--json', '输出 JSON（稳定格式）')
    .option('--year <year>', '预算年度（默认从文件读取）')
    .action(async (file: string, opts: { json?: boolean; year?: string }) => {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(file));
      } catch (e) {
        process.stderr.write(`错误：无法读取 ${file}：${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
        return;
      }
      const result = await checkDisclosureFile(bytes, file, opts.year ? { fiscalYear: Number(opts.year) } : {});
      if (result.status !== 'checked') {
        process.stderr.write(`错误：${result.status === 'unreadable' ? '文件无法读取' : '文件中没有部门预算公开内容'}：${result.messages.join('；')}\n`);
        process.exitCode = 2;
        return;
      }
      if (opts.json) {
        const findings = result.findings.map((f) => ({ rule: f.rule, category: f.category, severity: f.severity, message: f.message, tables: f.tables, evidence: f.evidence }));
        process.stdout.write(`${JSON.stringify({ findings })}\n`);
      } else process.stdout.write(formatDisclosureReport(result));
      process.exitCode = result.findings.some((f) => f.severity === 'error') ? 1 : 0;
    });
}
