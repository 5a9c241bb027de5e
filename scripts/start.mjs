#!/usr/bin/env node
// `npm start`: installs dependencies on a fresh clone, builds the web app when packages/web/dist is missing, then runs `jixiao serve`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstall } from './lib/ensure-install.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

ensureInstall(root);

if (!existsSync(join(root, 'packages/web/dist/index.html'))) {
  console.log('未找到已构建的网页前端（packages/web/dist），正在运行 npm run build:web ……');
  const build = spawnSync(npm, ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('网页前端构建失败；服务仍会启动，首页将提示如何构建。');
  }
}

const child = spawn(process.execPath, [join(root, 'packages/cli/bin/jixiao.mjs'), 'serve', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
// Pass Ctrl+C / SIGTERM on so the server shuts down gracefully, then exit with its code.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
