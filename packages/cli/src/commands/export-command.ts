import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { LAYOUTS, buildProjectViews, type LayoutId, type Project } from '@jixiao/core';
import { EXPORT_FORMATS, parseDocument, type ExportFormat } from '@jixiao/app';
import { renderBatchHtml, renderBatchPdf, renderBatchXlsx, renderCsvBatch, renderDocx, renderHtml, renderPdf, renderXlsx } from '@jixiao/render';
import { getProjects, listProjects } from '@jixiao/storage';
import { withDatabase } from '../with-database';

interface ExportOptions {
  from?: string[];
  db?: boolean;
  year?: number;
  search?: string;
  layout: string;
  format: string;
  out: string;
}

/**
 * `jixiao export --from FILE…|--db [--year Y] --layout L --format pdf|docx|xlsx|html --out PATH`:
 * projects read from documents or from the database, in an official layout. Several projects make
 * a batch (a summary sheet / a table of contents).
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('按官方版式导出绩效目标表（PDF / Word / Excel / 打印页）')
    .option('--from <files...>', '从文件读取项目')
    .option('--db', '从数据库读取项目')
    .option('--year <year>', '预算年度（与 --db 一起使用）', (v) => Number(v))
    .option('--search <text>', '按项目名称筛选（与 --db 一起使用）')
    .option('--layout <layout>', `版式：${Object.keys(LAYOUTS).join(' | ')}`, 'declaration-000')
    .option('--format <format>', `格式：${EXPORT_FORMATS.join(' | ')}`, 'pdf')
    .requiredOption('--out <path>', '输出文件')
    .action(async (opts: ExportOptions) => {
      if (!Object.prototype.hasOwnProperty.call(LAYOUTS, opts.layout)) return fail(`未知的版式：${opts.layout}`);
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) return fail(`未知的格式：${opts.format}`);
      if (!opts.from && !opts.db) return fail('请用 --from 指定文件，或用 --db 从数据库导出');
      let refs: { id: string; version: number }[] | undefined;
      const projects = opts.from ? await readProjects(opts.from) : await withDatabase(async ({ db }) => {
        const page = await listProjects(db, { limit: 5000, offset: 0, sort: { field: 'name', direction: 'asc' }, ...(opts.year ? { fiscalYear: opts.year } : {}), ...(opts.search ? { search: opts.search } : {}) });
        const stored = await getProjects(db, page.rows.map((r) => r.id));
        refs = stored.map((s) => ({ id: s.id, version: s.version }));
        return stored.map((s) => s.project);
      });
      if (projects.length === 0) return fail('没有可导出的项目');
      const bytes = await render(projects, opts.layout as LayoutId, opts.format as ExportFormat, refs);
      await writeFile(opts.out, bytes);
      process.stdout.write(`已导出 ${projects.length} 个项目到 ${opts.out}（${Math.round(bytes.length / 1024)} KB）\n`);
    });
}

async function readProjects(files: string[]): Promise<Project[]> {
  const out: Project[] = [];
  for (const file of files) out.push(...(await parseDocument(new Uint8Array(await readFile(file)), basename(file))).projects);
  return out;
}

/** `refs` (ids and versions from the database) make an Excel export importable back with `jixiao import`. */
async function render(projects: Project[], layout: LayoutId, format: ExportFormat, refs?: { id: string; version: number }[]): Promise<Uint8Array> {
  const batch = projects.length > 1 && layout !== 'disclosure-list-003';
  const views = buildProjectViews(layout, projects);
  switch (format) {
    case 'pdf':
      return batch ? renderBatchPdf(projects, layout) : renderPdf(views);
    case 'xlsx':
      return batch ? renderBatchXlsx(projects, layout, refs ? { refs } : {}) : renderXlsx(views, refs ? { refs } : {});
    case 'docx':
      return renderDocx(views);
    case 'html':
      return new TextEncoder().encode(batch ? renderBatchHtml(projects, layout) : renderHtml(views));    case 'csv':
      return new TextEncoder().encode(renderCsvBatch(views));
  }
}

function fail(message: string): void {
  process.stderr.write(`错误：${message}\n`);
  process.exitCode = 1;
}
