import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHardeningCounters, recordHardeningCounters } from './support/record-hardening-counters';
import { logInOverHttp } from './support/http-session';
import { startSlowUpload } from './support/start-slow-upload';

const counters = createHardeningCounters();
const dir = mkdtempSync(join(tmpdir(), 'jixiao-shutdown-'));
let child: ChildProcess | null = null;
afterAll(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  recordHardeningCounters('graceful-shutdown', counters);
});

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolvePort(port));
    });
  });
}

/** A GET over a brand-new connection: its status, or the connection error's code. */
function freshGet(port: number, path: string): Promise<number | string> {
  return new Promise((resolveStatus) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolveStatus(res.statusCode ?? 0));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolveStatus(e.code ?? e.message));
    req.end();
  });
}

describe('graceful shutdown of jixiao serve', () => {
  it('on SIGTERM finishes in-flight uploads with 200, refuses new connections and exits 0', async () => {
    const port = await freePort();
    let log = '';
    const proc = spawn(process.execPath, ['packages/cli/bin/jixiao.mjs', 'serve', '--no-samples'], {
      env: { ...process.env, JIXIAO_DB: join(dir, 'shutdown.db'), HOST: '127.0.0.1', PORT: String(port), JIXIAO_ADMIN_PASSWORD: 'Admin-shutdown-12345', JIXIAO_WEB_DIST: join(dir, 'no-web'), DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout?.on('data', (b: Buffer) => (log += b.toString()));
    proc.stderr?.on('data', (b: Buffer) => (log += b.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => proc.once('exit', (code, signal) => r({ code, signal })));
    const baseUrl = `http://127.0.0.1:${port}`;
    for (const deadline = Date.now() + 60_000; ; ) {
      expect(proc.exitCode, log).toBeNull();
      if ((await freshGet(port, '/api/health')) === 200) break;
      if (Date.now() > deadline) throw new Error(`jixiao serve did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const admin = await logInOverHttp(baseUrl, 'admin', 'Admin-shutdown-12345');

    // Two previews of the largest sample in flight (the most one user may have: upload-slots.ts),
    // half of each body sent before the signal.
    const sample = new Uint8Array(readFileSync('fixtures/samples/001_decf76686d2239b2.txt'));
    const uploads = [0, 1].map((k) => startSlowUpload(baseUrl, admin, `样本${k}.txt`, sample));
    await new Promise((r) => setTimeout(r, 300));
    const signalledAt = performance.now();
    proc.kill('SIGTERM');
    // The listener closes: a new connection is refused (or, if it slipped in, answered 503).
    await new Promise((r) => setTimeout(r, 300));
    const fresh = await freshGet(port, '/api/health');
    counters.requestsAttacked++;
    expect(['ECONNREFUSED', 503], `new connection after SIGTERM: ${String(fresh)}`).toContain(fresh);
    expect(proc.exitCode, 'the process waits for the requests in flight').toBeNull();
    for (const u of uploads) u.finish();
    const results = await Promise.all(uploads.map((u) => u.response));
    for (const r of results) {
      counters.requestsAttacked++;
      expect(r.status, r.body.slice(0, 300)).toBe(200);
      expect((JSON.parse(r.body) as { projects: unknown[] }).projects.length).toBeGreaterThan(0);
    }
    const { code, signal } = await exited;
    const shutdownMs = performance.now() - signalledAt;
    counters.latencyMs['shutdown after SIGTERM'] = { p50: Math.round(shutdownMs), p95: Math.round(shutdownMs), max: Math.round(shutdownMs), n: 1 };
    expect(signal, log).toBeNull();
    expect(code, log).toBe(0);
    expect(log).toContain('收到 SIGTERM');
    counters.payloadsTried++;
  }, 120_000);
});
