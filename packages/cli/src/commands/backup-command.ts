import { resolve } from 'node:path';
import type { Command } from 'commander';
import { backupDatabase, resolveDatabaseTarget, restoreDatabase } from '@jixiao/storage';

/** `jixiao backup --out FILE` and `jixiao restore --from FILE [--force]` (SQLite file or DATABASE_URL). */
export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .description('备份数据库（SQLite 在线备份；设置 DATABASE_URL 时用 pg_dump -Fc）')
    .requiredOption('--out <file>', '备份文件')
    .action(async (opts: { out: string }) => {
      const target = resolveDatabaseTarget();
      await backupDatabase(target, resolve(opts.out));
      process.stdout.write(`已备份${target.kind === 'postgres' ? ' PostgreSQL 数据库' : `数据库 ${target.path}`} 到 ${opts.out}\n`);
    });
  program
    .command('restore')
    .description('从备份恢复数据库（目标已有数据时须加 --force）')
    .requiredOption('--from <file>', '备份文件')
    .option('--force', '覆盖已有数据')
    .action(async (opts: { from: string; force?: boolean }) => {
      const target = resolveDatabaseTarget();
      await restoreDatabase(target, resolve(opts.from), { force: opts.force === true });
      process.stdout.write(`已从 ${opts.from} 恢复${target.kind === 'postgres' ? ' PostgreSQL 数据库' : `数据库 ${target.path}`}\n`);
    });
}
