import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createArgon2Hasher, createServer } from '@jixiao/server';
import { bulkInsertProjects, findOrCreateUnit, insertUser, openDatabase } from '@jixiao/storage';
import type { BenchMeasure, BenchOptions } from './bench-types';
import { makeSyntheticProjects } from './sample-projects';

const PASSWORD = 'bench-password-1';

/** p50/p95 of the main API requests over HTTP on loopback with concurrent clients, against /api/health in the same run. */
export async function benchApi(opts: BenchOptions): Promise<BenchMeasure[]> {
  const count = opts.quick ? 2_000 : 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-api-'));
  const database = await openDatabase({ sqlitePath: join(dir, 'bench.db'), migrate: true, env: {} });
  const dept = await findOrCreateUnit(database.db, { code: '999', name: '基准主管部门', kind: 'department' });
  const units = await Promise.all(Array.from({ length: 20 }, (_, i) => findOrCreateUnit(database.db, { code: `999${String(i).padStart(3, '0')}`, name: `基准单位${i}`, parentId: dept.id })));
  const projects = makeSyntheticProjects(count);
  for (let i = 0; i < projects.length; i += 1000) {
    await bulkInsertProjects(database, projects.slice(i, i + 1000).map((project, k) => ({ unitId: units[(i + k) % units.length]!.id, project })), { actor: 'bench' });
  }
  const hasher = createArgon2Hasher();
  await insertUser(database.db, { username: 'finance', displayName: '基准财政审核', role: 'finance_reviewer', unitId: null, passwordHash: await hasher.hash(PASSWORD) });
  const app = await createServer({ db: database.db, hasher, config: { webDistDir: join(dir, 'no-web') } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'finance', password: PASSWORD }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const first = (await (await fetch(`${base}/api/projects?limit=1`, { headers: { cookie } })).json()) as { rows: { id: string }[] };
  const id = first.rows[0]!.id;
  const requests: Array<[string, string]> = [
    ['list', '/api/projects?limit=50'],
    ['filter', '/api/projects?limit=50&year=2024&status=draft'],
    ['search', `/api/projects?limit=50&q=${encodeURIComponent('宣传')}`],
    ['grade filter', '/api/projects?limit=50&grade=fair'],
    ['detail', `/api/projects/${id}`],
    ['versions', `/api/projects/${id}/versions`],
    ['review queue', '/api/review-queue?limit=50'],
    ['units', '/api/units'],
  ];
  const perEndpoint = opts.quick ? 100 : 400;
  const floor = await load(base, '/api/health', cookie, perEndpoint);
  const out: BenchMeasure[] = [];
  for (const [name, path] of requests) {
    const r = await load(base, path, cookie, perEndpoint);
    out.push({ name: `api.${name}.p95`, value: r.p95, unit: 'ms', baseline: floor.p95, ratio: round(r.p95 / floor.p95), aim: name === 'list' || name === 'filter' ? '≤ 50 ms' : undefined, note: `p50 ${r.p50} ms; ${perEndpoint} requests, 8 concurrent clients, ${count} projects in SQLite` });
  }
  await app.close();
  await database.close();
  rmSync(dir, { recursive: true, force: true });
  return out;
}

async function load(base: string, path: string, cookie: string, total: number): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      const t0 = performance.now();
      const res = await fetch(base + path, { headers: { cookie } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path} → ${res.status}`);
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  times.sort((a, b) => a - b);
  return { p50: round(times[Math.floor(times.length * 0.5)]!), p95: round(times[Math.floor(times.length * 0.95)]!) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
