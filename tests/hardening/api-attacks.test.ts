import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../api/support/create-test-app';
import { multipart } from '../api/support/multipart';
import { createHardeningCounters, recordHardeningCounters } from './support/record-hardening-counters';

const counters = createHardeningCounters();
let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  await t.addProject('A1');
  await t.addProject('A1', 'submitted');
  await t.addProject('B1');
});
afterAll(async () => {
  await t.close();
  recordHardeningCounters('api-attacks', counters);
});

const TABLES = ['projects', 'project_versions', 'units', 'users', 'audit_log', 'import_batches', 'project_comments'] as const;
async function rowCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const r = await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(r.n);
  }
  return out;
}

describe('SQL injection in every filter and search parameter of GET /api/projects', () => {
  const SQL = ["' OR 1=1 --", "%' OR '1'='1", '; DROP TABLE projects; --'] as const;
  const PARAMS = ['unitId', 'year', 'status', 'grade', 'level2', 'q', 'limit', 'offset', 'sort'] as const;

  it('answers 200 or 400 for each, matches nothing it should not and changes nothing', async () => {
    const reviewer = await t.login('deptreviewer');
    const before = await rowCounts();
    const all = (await t.request(admin, { method: 'GET', url: '/api/projects' })).json() as { total: number };
    expect(all.total).toBe(3);
    for (const payload of SQL) {
      counters.payloadsTried++;
      for (const param of PARAMS) {
        const res = await t.request(admin, { method: 'GET', url: '/api/projects', query: { [param]: payload } });
        counters.requestsAttacked++;
        expect([200, 400], `${param}=${payload}: ${res.body}`).toContain(res.statusCode);
        if (res.statusCode === 200) expect((res.json() as { total: number }).total, `${param}=${payload}`).toBe(0);
        else expect((res.json() as { error: { code: string } }).error.code).toBe('validation');
      }
      // Also combined with a valid filter, and in the reviewer's queue.
      const combined = await t.request(admin, { method: 'GET', url: '/api/projects', query: { year: '2024', q: payload, sort: 'name:asc' } });
      counters.requestsAttacked++;
      expect(combined.statusCode).toBe(200);
      expect((combined.json() as { total: number }).total).toBe(0);
    }
    for (const payload of SQL) {
      const res = await t.request(reviewer, { method: 'GET', url: '/api/review-queue', query: { q: payload, unitId: payload } });
      counters.requestsAttacked++;
      expect(res.statusCode).toBe(200);
    }
    expect(await rowCounts()).toEqual(before);
    expect(((await t.request(admin, { method: 'GET', url: '/api/projects' })).json() as { total: number }).total).toBe(3);
  });
});

describe('security headers', () => {
  it.each(['/', '/api/health', '/api/projects', '/api/auth/me', '/api/does-not-exist'])('%s carries a strict CSP and the usual headers', async (url) => {
    const res = await t.request(url === '/api/projects' ? admin : null, { method: 'GET', url });
    counters.requestsAttacked++;
    const csp = String(res.headers['content-security-policy'] ?? '');
    expect(csp, url).not.toBe('');
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
    expect(scriptSrc, csp).toBeDefined();
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
    expect(res.headers['referrer-policy']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('hostile uploads to POST /api/imports/preview', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(`fixtures/formats/${name}`));
  const hostile: [string, string, Uint8Array][] = [
    ['a zip bomb workbook', 'zip-bomb.xlsx', fixture('zip-bomb.xlsx')],
    ['a workbook with XML entities', 'xml-entities.xlsx', fixture('xml-entities.xlsx')],
    ['a legacy .doc (OLE)', 'legacy.doc', fixture('legacy.doc')],
    ['random bytes named .docx', 'random.docx', new Uint8Array(randomBytes(8192))],
    ['a path-traversal file name', '../../etc/passwd.txt', new TextEncoder().encode('root:x:0:0:root:/root:/bin/bash\n')],
  ];
  const normal = new Uint8Array(readFileSync('fixtures/samples/002_958eda048e829117.txt'));

  it('refuses each with a Chinese message, writes nothing, and a normal upload in between still works', async () => {
    expect(Buffer.from(fixture('legacy.doc').subarray(0, 4)).toString('hex')).toBe('d0cf11e0');
    const before = await rowCounts();
    for (const [what, name, bytes] of hostile) {
      counters.payloadsTried++;
      const res = await t.request(admin, { method: 'POST', url: '/api/imports/preview', ...multipart(name, bytes) });
      counters.requestsAttacked++;
      expect([413, 415, 422], `${what}: ${res.body}`).toContain(res.statusCode);
      const body = res.json() as { error: { message: string }; token?: string };
      expect(body.token, what).toBeUndefined();
      expect(body.error.message, what).toMatch(/[\u4e00-\u9fff]/);
      expect(await rowCounts(), what).toEqual(before);

      const ok = await t.request(admin, { method: 'POST', url: '/api/imports/preview', ...multipart('002.txt', normal) });
      expect(ok.statusCode, ok.body).toBe(200);
      expect((ok.json() as { projects: unknown[] }).projects.length).toBeGreaterThan(0);
    }
    expect(await rowCounts()).toEqual(before);
  });
});
