import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { SELF_EVALUATION_EXPORT_FORMATS, exportSelfEvaluation, importSelfEvaluation, isDomainError, type Actor, type SelfEvaluationExportFormat } from '@jixiao/app';
import { formatNumber } from '@jixiao/core';
import { withDatabase } from '../with-database';

/**
 * The local operator (who has the database itself): sees every unit, and acts as a unit head so that imports are
 * allowed; the name goes to the audit log.
 */
function createCliActor(name: string): Actor {
  return { userId: `cli:${name}`, username: name, displayName: name, role: 'unit_head', unitId: null, unitName: null, scope: { all: true } };
}

async function reportErrors(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (!isDomainError(e)) throw e;
    process.stderr.write(`错误：${e.message}\n`);
    process.exitCode = e.exitCode;
  }
}

/** `jixiao self-eval export|import`: the 项目支出绩效自评表 of a stored project, out as XLSX/PDF or in from a form. */
export function registerSelfEvalCommand(program: Command): void {
  const selfEval = program.command('self-eval').description('绩效自评：导入自评表、导出项目支出绩效自评表');
  selfEval
    .command('export')
    .description('导出项目的绩效自评表（含得分、总分、等级）')
    .argument('<projectId>', '项目 id（见 jixiao projects list）')
    .option('--format <format>', `格式：${SELF_EVALUATION_EXPORT_FORMATS.join('|')}`, 'xlsx')
    .requiredOption('--out <path>', '输出文件')
    .option('--actor <name>', '操作人', 'cli')
    .action(async (projectId: string, opts: { format: string; out: string; actor: string }) => {
      if (!(SELF_EVALUATION_EXPORT_FORMATS as readonly string[]).includes(opts.format)) {
        process.stderr.write(`错误：不支持的格式 ${opts.format}（可用：${SELF_EVALUATION_EXPORT_FORMATS.join('、')}）\n`);
        process.exitCode = 2;
        return;
      }
      await withDatabase(async ({ db }) =>
        reportErrors(async () => {
          const file = await exportSelfEvaluation(db, createCliActor(opts.actor), projectId, opts.format as SelfEvaluationExportFormat);
          await writeFile(opts.out, file.bytes);
          process.stdout.write(`已导出 ${opts.out}（${file.bytes.length} 字节）\n`);
        }),
      );
    });
  selfEval
    .command('import')
    .description('导入绩效自评表到已入库项目（按项目编码或名称匹配；未匹配时不写入）')
    .argument('<file>', '.txt .docx .xlsx .html .pdf 自评表')
    .option('--project <id>', '导入到此项目（自评表中的项目名称或编码须一致）')
    .option('--json', '输出 JSON')
    .option('--actor <name>', '记入审计日志的操作人', 'cli')
    .action(async (file: string, opts: { project?: string; json?: boolean; actor: string }) => {
      const bytes = new Uint8Array(await readFile(file));
      await withDatabase(async ({ db }) =>
        reportErrors(async () => {
          const r = await importSelfEvaluation(db, createCliActor(opts.actor), { fileName: basename(file), bytes, ...(opts.project ? { projectId: opts.project } : {}) });
          if (opts.json) {
            process.stdout.write(`${JSON.stringify(r)}\n`);
            return;
          }
          const v = r.view;
          process.stdout.write(`已导入到项目 ${v.projectId}：${v.projectName}\n对上指标 ${r.matched} 个${r.unmatched.length ? `，未对上：${r.unmatched.join('、')}` : ''}\n`);
          process.stdout.write(`总分 ${formatNumber(v.total)}${v.printedTotal == null ? '' : `（表上 ${formatNumber(v.printedTotal)}）`}  等级 ${v.gradeLabel}\n`);
          for (const f of v.findings) process.stdout.write(`  [${f.category}] ${f.message}\n`);
        }),
      );
    });
}
