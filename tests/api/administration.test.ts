import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSampleData, ensureAdminAccount } from '@jixiao/app';
import { createArgon2Hasher, createServer } from '@jixiao/server';
import { openDatabase } from '@jixiao/storage';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type Session, type TestApp } from './support/create-test-app';

let t: TestApp;
let admin: Session;
let preparer: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  preparer = await t.login('preparer');
});
afterAll(() => t.close());

describe('units', () => {
  it('lists the user’s subtree; admin creates and moves units, cycles refused', async () => {
    const mine = (await t.request(preparer, { method: 'GET', url: '/api/units' })).json() as { id: string }[];
    expect(mine.map((u) => u.id)).toEqual([t.units.A1]);
    const created = await t.request(admin, { method: 'POST', url: '/api/units', payload: { code: '901002', name: '甲二单位', parentId: t.units.A } });
    expect(created.statusCode).toBe(201);
    const dup = await t.request(admin, { method: 'POST', url: '/api/units', payload: { code: '901002', name: '重复', parentId: null } });
    expect(dup.statusCode).toBe(409);
    const cycle = await t.request(admin, { method: 'PATCH', url: `/api/units/${t.units.A}`, payload: { parentId: t.units.A1 } });
    expect(cycle.statusCode).toBe(400);
    expect((cycle.json() as { error: { message: string } }).error.message).toContain('下级');
  });
});

describe('users', () => {
  it('admin lists, creates and changes accounts; no hash leaves the server', async () => {
    const list = await t.request(admin, { method: 'GET', url: '/api/users' });
    expect(list.body).not.toContain('argon2');
    const created = await t.request(admin, {
      method: 'POST',
      url: '/api/users',
      payload: { username: 'newhead', displayName: '新负责人', role: 'unit_head', unitId: t.units.A1, password: 'long-enough-pw' },
    });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { id: string }).id;
    expect((await t.request(admin, { method: 'POST', url: '/api/users', payload: { username: 'newhead', displayName: 'x', role: 'auditor', unitId: null, password: 'long-enough-pw' } })).statusCode).toBe(400);
    expect((await t.request(admin, { method: 'POST', url: '/api/users', payload: { username: 'short', displayName: 'x', role: 'auditor', unitId: null, password: 'short' } })).statusCode).toBe(400);
    const s = await t.login('newhead', 'long-enough-pw');
    const changed = await t.request(admin, { method: 'PATCH', url: `/api/users/${id}`, payload: { password: 'another-long-pw' } });
    expect(changed.statusCode).toBe(200);
    // A password change ends the user's sessions.
    expect((await t.request(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const locked = await t.request(admin, { method: 'PATCH', url: `/api/users/${id}`, payload: { locked: true } });
    expect(locked.json()).toMatchObject({ locked: true });
    const refused = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'newhead', password: 'another-long-pw' } });
    expect(refused.statusCode).toBe(429);
    expect((refused.json() as { error: { message: string } }).error.message).toContain('管理员');
  });
});

describe('department targets', () => {
  it('lists and reads the own unit’s targets; other units’ are invisible', async () => {
    const now = new Date().toISOString();
    for (const [id, unit] of [['dt1', t.units.A1], ['dt2', t.units.B1]] as const) {
      await t.database.db
        .insertInto('department_targets')
        .values({ id, unit_id: unit, fiscal_year: 2024, name: `整体目标${id}`, natural_key: id, document: JSON.stringify({ name: `整体目标${id}` }), version: 1, created_at: now, updated_at: now })
        .execute();
    }
    const rows = (await t.request(preparer, { method: 'GET', url: '/api/department-targets?year=2024' })).json() as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(['dt1']);
    expect((await t.request(preparer, { method: 'GET', url: '/api/department-targets/dt1' })).json()).toMatchObject({ id: 'dt1', target: { name: '整体目标dt1' } });
    expect((await t.request(preparer, { method: 'GET', url: '/api/department-targets/dt2' })).statusCode).toBe(404);
  });
});

describe('server shell', () => {
  it('serves OpenAPI generated from the schemas, and Swagger UI locally', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/projects', '/api/projects/{id}/transitions', '/api/imports/preview']));
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger-ui-bundle.js');
    expect(ui.body).not.toMatch(/https?:\/\//);
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui-bundle.js' })).statusCode).toBe(200);
  });

  it('sends a CSP without unsafe-inline scripts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('without a built web app, / explains how to build it; unknown /api paths are JSON 404', async () => {
    const home = await t.app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('npm run build:web');
    const api = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: 'not-found' } });
  });

  it('with a built web app, unknown paths fall back to index.html', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root">SPA</div>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    const web = await createTestApp({ webDistDir: dir });
    try {
      expect((await web.app.inject({ method: 'GET', url: '/projects/123' })).body).toContain('SPA');
      expect((await web.app.inject({ method: 'GET', url: '/assets/app.js' })).body).toContain('console.log');
      expect((await web.app.inject({ method: 'GET', url: '/api/nope' })).statusCode).toBe(404);
    } finally {
      await web.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('first run', () => {
  it('creates admin with a random password, loads the samples and one demo account per role', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-first-'));
    const database = await openDatabase({ sqlitePath: join(dir, 'db.sqlite'), migrate: true, env: {} });
    try {
      const hasher = createArgon2Hasher();
      const boot = await ensureAdminAccount(database.db, hasher);
      expect(boot).toMatchObject({ created: true, generated: true });
      expect(boot.password).toMatch(/^[A-Za-z0-9]{16}$/);
      const samples = await loadSampleData(database.db, hasher, 'fixtures/samples', boot.password ?? '');
      expect(samples.files.map((f) => f.file)).toHaveLength(5);
      expect(samples.accounts.map((a) => a.role).sort()).toEqual(['auditor', 'dept_reviewer', 'finance_reviewer', 'preparer', 'unit_head']);
      expect((await ensureAdminAccount(database.db, hasher)).created).toBe(false);
      expect((await loadSampleData(database.db, hasher, 'fixtures/samples', 'x')).loaded).toBe(false);
      const app = await createServer({ db: database.db, hasher });
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'preparer', password: boot.password } });
      expect(login.statusCode).toBe(200);
      const cookie = `jx_sid=${login.cookies.find((c) => c.name === 'jx_sid')?.value}`;
      const list = (await app.inject({ method: 'GET', url: '/api/projects', headers: { cookie } })).json() as { total: number };
      expect(list.total).toBeGreaterThan(0);
      const years = await database.db.selectFrom('projects').select('fiscal_year').where('fiscal_year', 'is', null).execute();
      expect(years).toEqual([]);
      await app.close();
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
