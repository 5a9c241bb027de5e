import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { importDocument, type ImportOutcome } from '@jixiao/app';
import { withDatabase } from '../with-database';

/** `jixiao import FILE…`: parse and store; a progress bar on a terminal, a summary at the end, exit 1 when any file failed. */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('导入文件中的绩效目标到数据库（每个文件一个事务，失败则不写入）')
    .argument('<files...>', '.txt .docx .xlsx .html .pdf 文件')
    .option('--year <year>', '文件未写明预算年度时使用的年度', (v) => Number(v))
    .option('--actor <name>', '记入审计日志的操作人', 'cli')
    .action(async (files: string[], opts: { year?: number; actor: string }) => {
      await withDatabase(async (database) => {
        const bar = process.stderr.isTTY ? new SingleBar({ format: '导入 [{bar}] {value}/{total} {file}', hideCursor: true }) : null;
        bar?.start(files.length, 0, { file: '' });
        const outcomes: ImportOutcome[] = [];
        for (const file of files) {
          bar?.update({ file: basename(file) });
          let outcome: ImportOutcome;
          try {
            const bytes = new Uint8Array(await readFile(file));
            outcome = await importDocument(database, bytes, basename(file), { actor: opts.actor, ...(opts.year ? { fiscalYear: opts.year } : {}) });
          } catch (e) {
            outcome = { file: basename(file), document: null as never, saved: null, error: `无法读取文件：${e instanceof Error ? e.message : String(e)}` };
          }
          outcomes.push(outcome);
          bar?.increment();
        }
        bar?.stop();
        for (const o of outcomes) {
          if (o.saved) {
            const issues = o.document.issues.filter((i) => i.severity !== 'info').length;
            process.stdout.write(`✓ ${o.file}：新增 ${o.saved.created}，更新 ${o.saved.updated}，未变 ${o.saved.unchanged} 个项目；部门整体目标 ${o.document.departmentTargets.length} 个；需注意 ${issues} 条\n`);
          } else process.stdout.write(`✗ ${o.file}：${o.error}\n`);
        }
        const failed = outcomes.filter((o) => !o.saved).length;
        process.stdout.write(`共 ${outcomes.length} 个文件，成功 ${outcomes.length - failed}，失败 ${failed}\n`);
        process.exitCode = failed ? 1 : 0;
      });
    });
}
