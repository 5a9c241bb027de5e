import type { Command } from 'commander';
import { buildLibrary, benchmarkStoredProject } from '@jixiao/app';
import { suggestIndicators, type IndicatorSuggestion, type LibraryCluster } from '@jixiao/core';
import { withDatabase } from '../with-database';

interface SuggestCliOptions {
  name: string;
  goals?: string;
  kind?: 'new' | 'continuing' | 'recurring';
  unit?: string;
  exclude?: string;
  published?: string;
  perCategory: number;
  json?: boolean;
}

/** `jixiao library list|suggest|benchmark`: the indicator library (指标库) built from the stored targets. */
export function registerLibraryCommand(program: Command): void {
  const library = program.command('library').description('指标库：已存绩效目标中的常用指标、同类项目推荐与横向比较');
  library
    .command('list')
    .description('列出指标库（相近指标已合并）')
    .option('--limit <n>', '条数', (v) => Number(v))
    .option('--json', '输出 JSON')
    .action(async (opts: { limit?: number; json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        const { library: lib } = await buildLibrary(db);
        const clusters = opts.limit ? lib.clusters.slice(0, opts.limit) : lib.clusters;
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ projects: lib.projectCount, clusters: clusters.map(toClusterJson) }, null, 2)}\n`);
          return;
        }
        for (const c of clusters) process.stdout.write(`${c.name}  [${c.level1 ?? '—'}/${c.level2 ?? '—'}]  典型值 ${c.typicalTargetText ?? '—'}  ${c.support} 个项目  ${c.unitIds.length} 个单位\n`);
        process.stdout.write(`共 ${lib.clusters.length} 条指标，来自 ${lib.projectCount} 个项目\n`);
      });
    });
  library
    .command('suggest')
    .description('为项目推荐绩效指标（取自其他单位的同类项目）')
    .requiredOption('--name <text>', '项目名称')
    .option('--goals <text>', '年度总体目标')
    .option('--kind <kind>', '项目属性 new|continuing|recurring')
    .option('--unit <unitId>', '以该单位身份查看（不显示未公开条目的来源项目）')
    .option('--exclude <projectId>', '排除该项目及其单位')
    .option('--published <ids>', '已公开的指标库条目（逗号分隔）')
    .option('--per-category <n>', '每类条数', (v) => Number(v), 5)
    .option('--json', '输出 JSON')
    .action(async (opts: SuggestCliOptions) => {
      await withDatabase(async ({ db }) => {
        const { corpus, library: lib } = await buildLibrary(db, { publishedIds: opts.published ? opts.published.split(',') : [] });
        const suggestions = suggestIndicators(
          { name: opts.name, goals: opts.goals ? [opts.goals] : [], kind: opts.kind ?? null, unitId: opts.unit ?? null },
          lib,
          corpus,
          { excludeProjectId: opts.exclude ?? null, visibility: opts.unit ? 'unit' : 'admin', perCategory: opts.perCategory },
        );
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ suggestions: suggestions.map(toSuggestionJson) }, null, 2)}\n`);
          return;
        }
        for (const s of suggestions) {
          const from = s.sourcesHidden ? '（来源未公开）' : s.sources.join('、');
          process.stdout.write(`[${s.level1}/${s.level2}] ${s.name}：${s.targetText ?? '—'}  ${s.support} 个项目使用  ${from}\n`);
        }
      });
    });
  library
    .command('benchmark')
    .description('与其他单位的同类项目比较资金、单位成本和目标值')
    .argument('<projectId>')
    .action(async (projectId: string) => {
      await withDatabase(async ({ db }) => {
        const result = await benchmarkStoredProject(db, projectId);
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      });
    });
}

function toClusterJson(c: LibraryCluster): Record<string, unknown> {
  const { uses: _uses, keys: _keys, ...rest } = c;
  return rest;
}

function toSuggestionJson(s: IndicatorSuggestion): Record<string, unknown> {
  return { level1: s.level1, level2: s.level2, name: s.name, targetText: s.targetText, support: s.support, sources: s.sources, slot: s.slot, origin: s.origin, sourcesHidden: s.sourcesHidden };
}
