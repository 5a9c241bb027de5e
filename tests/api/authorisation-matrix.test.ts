import { ROLES } from '@jixiao/app';
import { listRouteDefinitions } from '@jixiao/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHORISATION_MATRIX, USERNAME, type Scope, type Who } from './support/authorisation-matrix';
import { createTestApp, type Session, type TestApp } from './support/create-test-app';

const WHO: readonly Who[] = ['anonymous', ...ROLES];
let t: TestApp;
const sessions = new Map<Who, Session>();

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await t.login(USERNAME[role]));
  const now = new Date().toISOString();
  for (const [id, unit] of [['dt-own', t.units.A1], ['dt-other', t.units.B1]] as const) {
    await t.database.db
      .insertInto('department_targets')
      .values({ id, unit_id: unit, fiscal_year: 2024, name: `部门整体目标${id}`, natural_key: id, document: JSON.stringify({ name: id }), version: 1, created_at: now, updated_at: now })
      .execute();
  }
});
afterAll(() => t.close());

describe('every route has an entry in the authorisation matrix', () => {
  it('covers each registered route definition', () => {
    const covered = new Set(AUTHORISATION_MATRIX.map((p) => `${p.method} ${p.url}`));
    const missing = listRouteDefinitions().map((r) => `${r.method} ${r.url}`).filter((k) => !covered.has(k));
    expect(missing).toEqual([]);
  });

  it('has no entry for a route that does not exist', () => {
    const defined = new Set(listRouteDefinitions().map((r) => `${r.method} ${r.url}`));
    expect(AUTHORISATION_MATRIX.map((p) => `${p.method} ${p.url}`).filter((k) => !defined.has(k))).toEqual([]);
  });

  it('matches what Fastify actually registered under /api (outside /api/docs)', () => {
    const registered = parsePrintedRoutes(t.app.printRoutes({ commonPrefix: false }));
    const defined = new Set(listRouteDefinitions().map((r) => `${r.method} ${r.url}`));
    expect([...registered].filter((k) => !defined.has(k))).toEqual([]);
    expect([...defined].filter((k) => !registered.has(k))).toEqual([]);
  });
});

describe('authorisation matrix', () => {
  const cases = AUTHORISATION_MATRIX.flatMap((probe) =>
    WHO.flatMap((who) =>
      (probe.scoped ? (['own', 'other'] as Scope[]) : (['own'] as Scope[])).map((scope) => {
        const e = probe.expect[who];
        const status = typeof e === 'number' ? e : e[scope === 'own' ? 0 : 1];
        return { probe, who, scope, status, name: `${probe.method} ${probe.url}${probe.variant ? ` [${probe.variant}]` : ''} · ${who}${probe.scoped ? ` · ${scope} unit` : ''} → ${status}` };
      }),
    ),
  );

  it.each(cases)('$name', async ({ probe, who, scope, status }) => {
    const built = await probe.build(t, scope, who);
    const { session, ...opts } = built;
    const shared = who === 'anonymous' ? null : (sessions.get(who) ?? null);
    const res = await t.request('session' in built ? (session ?? null) : shared, opts);
    expect(res.statusCode, res.body).toBe(status);
    if (status >= 400) {
      const body = res.json() as { error: { code: string; message: string } };
      expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

/** `METHOD /full/path` for every route in Fastify's printed tree (HEAD and /api/docs left out). */
function parsePrintedRoutes(printed: string): Set<string> {
  const out = new Set<string>();
  const stack: string[] = [];
  for (const line of printed.split('\n')) {
    const at = line.indexOf('── ');
    const m = /^(\S+) \(([A-Z, ]+)\)$/.exec(line.slice(at + 3).trim());
    if (at < 0 || !m) continue;
    const depth = (at - 1) / 4;
    const path = (depth > 0 ? (stack[depth - 1] ?? '') : '') + m[1];
    stack[depth] = path;
    stack.length = depth + 1;
    if (!path.startsWith('/api') || path.startsWith('/api/docs')) continue;
    for (const method of m[2]!.split(',').map((x) => x.trim())) if (method !== 'HEAD') out.add(`${method} ${path}`);
  }
  return out;
}
