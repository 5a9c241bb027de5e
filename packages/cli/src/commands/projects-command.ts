import type { Command } from 'commander';
import { formatWan } from '@jixiao/core';
import { getProject, listProjects } from '@jixiao/storage';
import { toProjectJson } from '@jixiao/app';
import { withDatabase } from '../with-database';

/** `jixiao projects list|show`: read what is stored. */
export function registerProjectsCommand(program: Command): void {
  const projects = program.command('projects').description('查看已导入的项目');
  projects
    .command('list')
    .description('列出项目')
    .option('--year <year>', '预算年度', (v) => Number(v))
    .option('--search <text>', '按名称搜索')
    .option('--limit <n>', '条数', (v) => Number(v), 50)
    .option('--json', '输出 JSON')
    .action(async (opts: { year?: number; search?: string; limit: number; json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const page = await listProjects(db, { limit: opts.limit, offset: 0, ...(opts.year ? { fiscalYear: opts.year } : {}), ...(opts.search ? { search: opts.search } : {}) });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
          return;
        }
        for (const r of page.rows) {
          process.stdout.write(`${r.id}  ${String(r.fiscalYear ?? '—')}  ${r.fundsTotal === null ? '—' : `${formatWan(r.fundsTotal)}万元`}  指标${r.indicatorCount}  ${r.status}  ${r.unitName ?? ''}  ${r.name}\n`);
        }
        process.stdout.write(`共 ${page.total} 个项目，资金合计 ${formatWan(page.fundsTotal ?? 0)} 万元\n`);
      });
    });
  projects
    .command('show')
    .description('显示一个项目')
    .argument('<id>')
    .option('--json', '输出 JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const stored = await getProject(db, id);
        if (!stored) {
          process.stderr.write(`未找到项目 ${id}\n`);
          process.exitCode = 1;
          return;
        }
        const p = toProjectJson(stored.project);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ id: stored.id, version: stored.version, status: stored.status, project: p }, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${p.name}（${p.year ?? '年度未知'}，版本 ${stored.version}，状态 ${stored.status}）\n单位：${p.unit ?? '—'}  主管部门：${p.department ?? '—'}\n资金：${p.funds.total ?? '—'} 元\n`);
        p.goals.forEach((g, i) => process.stdout.write(`目标${i + 1}：${g}\n`));
        for (const i of p.indicators) process.stdout.write(`  [${i.level1Text ?? i.level1 ?? '—'} / ${i.level2Text ?? i.level2 ?? '—'}] ${i.name}：${i.targetText ?? '（未填）'}\n`);
      });
    });
}
