import { resolve } from 'node:path';
import type { Command } from 'commander';
import { generateDocuments, generateIntoDatabase, loadDatasetModel } from '@jixiao/app';
import { withDatabase } from '../with-database';

interface GenOptions {
  units: number;
  projects: number;
  years: number;
  seed: number;
  lastYear: number;
  batch: number;
  out?: string;
  format: string;
  perFile: number;
  samples: string;
}

const toInt = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`不是非负整数：${v}`);
  return n;
};

const toPositiveInt = (v: string): number => {
  const n = toInt(v);
  if (n < 1) throw new Error(`必须至少为 1：${v}`);
  return n;
};

/**
 * `jixiao gen --units N --projects M --years Y [--seed S] [--out DIR --format txt]`: a synthetic
 * dataset drawn from the samples' real distributions, written to the configured database
 * (DATABASE_URL → PostgreSQL with COPY, else the SQLite file) in streaming batches, or as text
 * documents in the samples' layout. The same seed gives the same dataset.
 */
export function registerGenCommand(program: Command): void {
  program
    .command('gen')
    .description('按示例文档的真实分布生成测试数据（写入数据库，或用 --out 写成文档）')
    .requiredOption('--units <n>', '预算单位数', toPositiveInt)
    .requiredOption('--projects <n>', '项目总数（平均分到各年度）', toInt)
    .option('--years <n>', '年度数', toPositiveInt, 1)
    .option('--seed <n>', '随机种子（相同种子生成相同数据）', toInt, 1)
    .option('--last-year <year>', '最后一个预算年度', toInt, 2024)
    .option('--batch <n>', '每批写入的项目数', toInt, 2000)
    .option('--out <dir>', '写成文档到此目录（不写数据库）')
    .option('--format <format>', '文档格式（txt）', 'txt')
    .option('--per-file <n>', '每个文档的项目数', toInt, 200)
    .option('--samples <dir>', '示例文档目录', process.env.JIXIAO_SAMPLES_DIR ?? 'fixtures/samples')
    .action(async (opts: GenOptions) => {
      if (opts.format !== 'txt') throw new Error(`不支持的格式：${opts.format}（目前仅支持 txt）`);
      const model = await loadDatasetModel(resolve(opts.samples));
      const dataset = { units: opts.units, projects: opts.projects, years: opts.years, seed: opts.seed, lastYear: opts.lastYear };
      if (opts.out) {
        const r = await generateDocuments(resolve(opts.out), model, { ...dataset, projectsPerFile: Math.max(1, opts.perFile) });
        process.stdout.write(`已生成 ${r.projects} 个项目，写入 ${r.files.length} 个文档：${resolve(opts.out)}\n`);
        return;
      }
      await withDatabase(async (database) => {
        const r = await generateIntoDatabase(database, model, {
          ...dataset,
          batchSize: Math.max(1, opts.batch),
          onProgress: (p) => process.stderr.write(`\r已写入 ${p.projects} 个项目（${Math.round(p.projects / (p.elapsedMs / 1000))} 个/秒）`),
        });
        process.stderr.write('\n');
        process.stdout.write(`已生成 ${r.units} 个预算单位、${r.projects} 个项目（${database.dialect}），用时 ${(r.elapsedMs / 1000).toFixed(1)} 秒\n`);
      });
    });
}
