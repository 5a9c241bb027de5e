import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ensureAdminAccount, loadSampleData, ROLE_LABELS } from '@jixiao/app';
import { createArgon2Hasher, createServer, installGracefulShutdown, readServerConfig } from '@jixiao/server';
import { openDatabase } from '@jixiao/storage';

/**
 * `jixiao serve`: migrates the database, on first run creates `admin` (JIXIAO_ADMIN_PASSWORD or a
 * random password printed once) and loads fixtures/samples with one demo account per role, then
 * listens on HOST (127.0.0.1) / PORT (3000).
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('启动网页服务（首次运行时导入示例数据并创建演示账户）')
    .option('--host <host>', '监听地址（默认环境变量 HOST 或 127.0.0.1）')
    .option('--port <port>', '端口（默认环境变量 PORT 或 3000）', (v) => Number(v))
    .option('--no-samples', '首次运行时不导入示例数据')
    .action(async (opts: { host?: string; port?: number; samples: boolean }) => {
      const host = opts.host ?? process.env.HOST ?? '127.0.0.1';
      const port = opts.port ?? Number(process.env.PORT ?? 3000);
      const database = await openDatabase({ migrate: true });
      const hasher = createArgon2Hasher();
      const admin = await ensureAdminAccount(database.db, hasher, process.env.JIXIAO_ADMIN_PASSWORD || undefined);
      if (admin.created && admin.password) {
        const samplesDir = resolve(process.env.JIXIAO_SAMPLES_DIR ?? 'fixtures/samples');
        const samples = opts.samples ? await loadSampleData(database.db, hasher, samplesDir, admin.password) : null;
        printFirstRun(admin.password, admin.generated, samples?.accounts ?? [], samples?.files ?? []);
      }
      const app = await createServer({ db: database.db, readDb: database.readDb, hasher, config: { ...readServerConfig(), logger: process.env.JIXIAO_LOG === '1' } });
      installGracefulShutdown(app, () => database.close());
      await app.listen({ host, port });
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      process.stdout.write(`Jixiao 绩效已启动：http://${shown}:${port}/  （接口文档：/api/docs，Ctrl+C 停止）\n`);
      await new Promise<never>(() => {});
    });
}

function printFirstRun(
  password: string,
  generated: boolean,
  accounts: readonly { username: string; role: keyof typeof ROLE_LABELS; unitName: string | null }[],
  files: readonly { file: string; projects: number }[],
): void {
  const out = process.stdout;
  out.write('\n首次运行：已创建管理员账户 admin');
  out.write(generated ? `，初始密码（只显示这一次，请妥善保存并尽快修改）：${password}\n` : '，密码取自环境变量 JIXIAO_ADMIN_PASSWORD\n');
  if (files.length > 0) {
    out.write(`已导入示例数据：${files.map((f) => `${f.file}（${f.projects} 个项目）`).join('，')}\n`);
  }
  if (accounts.length > 0) {
    out.write('演示账户（密码与 admin 相同）：\n');
    out.write(`  ${'用户名'.padEnd(16)}${'角色'.padEnd(12)}单位\n`);
    out.write(`  ${'admin'.padEnd(19)}${ROLE_LABELS.admin.padEnd(12)}（全部）\n`);
    for (const a of accounts) out.write(`  ${a.username.padEnd(19)}${ROLE_LABELS[a.role].padEnd(12)}${a.unitName ?? '（全部）'}\n`);
  }
  out.write('\n');
}
