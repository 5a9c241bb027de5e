import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './ensure-web-build';

export interface RunningServer {
  readonly baseUrl: string;
  readonly adminPassword: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/** Starts `jixiao serve --no-samples` as a child process on a free loopback port with a temp SQLite file. */
export async function startServer(webDist: string): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
  const port = await freePort();
  const adminPassword = 'Admin-e2e-12345';
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'packages/cli/bin/jixiao.mjs'), 'serve', '--no-samples'], {
    cwd: ROOT,
    env: { ...process.env, JIXIAO_DB: join(dir, 'e2e.db'), HOST: '127.0.0.1', PORT: String(port), JIXIAO_ADMIN_PASSWORD: adminPassword, JIXIAO_WEB_DIST: webDist, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (log += b.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`jixiao serve exited (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(`${baseUrl}/api/auth/me`);
      if (r.status === 401 || r.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`jixiao serve did not start within 90 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    adminPassword,
    output: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
