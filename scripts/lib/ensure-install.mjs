// Installs the dependencies when they are missing or older than package-lock.json, so that the
// README's two commands work on a fresh clone. Uses only Node built-ins (runs before any install).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function ensureInstall(root) {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('== 安装依赖 (npm ci)：首次约需 3 分钟（better-sqlite3 需要编译）');
  const env = { ...process.env, npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr' };
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error('依赖安装失败：请确认已安装 Node 20 与 npm 11，且可以访问 npm 仓库。');
    process.exit(r.status ?? 1);
  }
}
