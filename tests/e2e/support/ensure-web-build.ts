import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds packages/web once when dist is missing or older than its sources (web src, index.html, vite config, core src). */
export function ensureWebBuild(): string {
  const dist = join(ROOT, 'packages/web/dist');
  const index = join(dist, 'index.html');
  const sources = [join(ROOT, 'packages/web/src'), join(ROOT, 'packages/web/index.html'), join(ROOT, 'packages/web/vite.config.ts'), join(ROOT, 'packages/core/src')];
  const stale = !existsSync(index) || sources.some((s) => existsSync(s) && newestMtime(s) > statSync(index).mtimeMs);
  if (stale) {
    // vitest sets NODE_ENV=test; the app must be built as in production.
    const r = spawnSync('npm', ['run', 'build', '-w', '@jixiao/web'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    if (r.status !== 0) throw new Error('npm run build -w @jixiao/web failed');
  }
  return dist;
}

export { ROOT };
