import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARDENING_PASSWORD, logInOverHttp, requestJson, type HttpSession } from './support/http-session';
import { createHardeningCounters, recordHardeningCounters } from './support/record-hardening-counters';
import { startHardeningServer, type HardeningServer } from './support/start-hardening-server';

// Session ids over real HTTP: an id chosen by an attacker is never adopted (fixation), every login
// issues a new id and ends the one it replaces, and logout kills the session on the server, so a
// copy of the cookie (with its CSRF token) is worth nothing afterwards.
const counters = createHardeningCounters();
let server: HardeningServer;
beforeAll(async () => {
  server = await startHardeningServer('sqlite', [{ username: 'head', role: 'unit_head', unit: 'A1' }]);
}, 60_000);
afterAll(async () => {
  await server.close();
  recordHardeningCounters('session-lifecycle', counters);
});

/** POST /api/auth/login with a cookie already set; returns the new session and the raw Set-Cookie. */
async function logInWithCookie(cookie: string): Promise<{ session: HttpSession; setCookie: string }> {
  const res = await fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ username: 'head', password: HARDENING_PASSWORD }) });
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  const sid = /jx_sid=([^;]+)/.exec(setCookie)?.[1];
  expect(sid).toBeTruthy();
  return { session: { cookie: `jx_sid=${sid}`, csrf: ((await res.json()) as { csrfToken: string }).csrfToken }, setCookie };
}

async function statusOf(session: HttpSession, method: string, path: string, body?: unknown): Promise<number> {
  counters.requestsAttacked++;
  return (await requestJson(server.baseUrl, session, method, path, body)).status;
}

describe('session ids: rotated at login, dead after logout', () => {
  it('never adopts a session id chosen by the client', async () => {
    const planted = `jx_sid=${'a'.repeat(43)}`;
    const { session, setCookie } = await logInWithCookie(planted);
    counters.payloadsTried++;
    expect(session.cookie).not.toBe(planted);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(await statusOf({ cookie: planted, csrf: session.csrf }, 'GET', '/api/auth/me')).toBe(401);
    expect(await statusOf(session, 'GET', '/api/auth/me')).toBe(200);
  });

  it('a second login replaces the session: the old id stops working', async () => {
    const first = await logInOverHttp(server.baseUrl, 'head');
    const { session: second } = await logInWithCookie(first.cookie);
    counters.payloadsTried++;
    expect(second.cookie).not.toBe(first.cookie);
    expect(await statusOf(first, 'GET', '/api/auth/me')).toBe(401);
    expect(await statusOf(first, 'GET', '/api/projects')).toBe(401);
    expect(await statusOf(second, 'GET', '/api/auth/me')).toBe(200);
  });

  it('after logout the cookie and its CSRF token are refused everywhere', async () => {
    const s = await logInOverHttp(server.baseUrl, 'head');
    expect(await statusOf(s, 'POST', '/api/auth/logout')).toBe(204);
    counters.payloadsTried++;
    expect(await statusOf(s, 'GET', '/api/auth/me')).toBe(401);
    expect(await statusOf(s, 'GET', '/api/projects')).toBe(401);
    expect(await statusOf(s, 'POST', '/api/projects', { project: { name: '登出后创建' } })).toBe(401);
    const count = await server.database.db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
    // Logging out again with the dead cookie changes nothing and reveals nothing.
    expect([204, 401]).toContain(await statusOf(s, 'POST', '/api/auth/logout'));
  });
});
