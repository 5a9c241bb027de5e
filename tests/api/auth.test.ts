import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type TestApp } from './support/create-test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sessions', () => {
  it('login sets an httpOnly SameSite=Strict cookie and returns the user and a CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'preparer', password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const sid = res.cookies.find((c) => c.name === 'jx_sid');
    expect(sid).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(sid?.secure).toBeFalsy();
    const body = res.json() as { user: { username: string; role: string; unitName: string }; csrfToken: string };
    expect(body.user).toMatchObject({ username: 'preparer', role: 'preparer', unitName: '甲预算单位' });
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('stores argon2id hashes and only a hash of the session token', async () => {
    const user = await t.database.db.selectFrom('users').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow();
    expect(user.password_hash.startsWith('$argon2id$')).toBe(true);
    const s = await t.login('admin');
    const token = s.cookie.slice('jx_sid='.length);
    const stored = await t.database.db.selectFrom('sessions').select('id').execute();
    expect(stored.some((r) => r.id === token)).toBe(false);
  });

  it('rotates the session id at login: the old cookie stops working', async () => {
    const first = await t.login('unithead');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'unithead', password: PASSWORD }, headers: { cookie: first.cookie } });
    const second = `jx_sid=${res.cookies.find((c) => c.name === 'jx_sid')?.value}`;
    expect(second).not.toBe(first.cookie);
    expect((await t.request(first, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: second } });
    expect(me.statusCode).toBe(200);
    expect((me.json() as { csrfToken: string }).csrfToken).toBe((res.json() as { csrfToken: string }).csrfToken);
  });

  it('logout deletes the session server-side', async () => {
    const s = await t.login('auditor');
    expect((await t.request(s, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
    expect((await t.request(s, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('marks the cookie Secure when configured for https', async () => {
    const secure = await createTestApp({ secureCookies: true });
    try {
      const res = await secure.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: PASSWORD } });
      expect(res.cookies.find((c) => c.name === 'jx_sid')?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });
});

describe('CSRF', () => {
  it('refuses a state change without the header, or with a wrong one', async () => {
    const s = await t.login('preparer');
    const payload = { project: { name: '无令牌' } };
    const missing = await t.request(s, { method: 'POST', url: '/api/projects', payload, csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ error: { code: 'csrf' } });
    const wrong = await t.request(s, { method: 'POST', url: '/api/projects', payload, csrf: false, headers: { 'x-csrf-token': 'x'.repeat(32) } });
    expect(wrong.statusCode).toBe(403);
    const ok = await t.request(s, { method: 'POST', url: '/api/projects', payload });
    expect(ok.statusCode).toBe(201);
  });

  it('a token of another session does not work', async () => {
    const a = await t.login('preparer');
    const b = await t.login('unithead');
    const res = await t.request({ ...a, csrf: b.csrf }, { method: 'POST', url: '/api/projects', payload: { project: { name: 'x' } } });
    expect(res.statusCode).toBe(403);
  });
});

describe('lockout', () => {
  const attempt = (username: string, password: string, ip: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip });

  it('locks the account and the client for 15 minutes after 5 failures', async () => {
    for (let i = 1; i <= 4; i++) {
      const res = await attempt('deptreviewer', 'wrong-password', '10.0.0.1');
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: { code: 'invalid-credentials', message: `用户名或密码错误，还可尝试 ${5 - i} 次` } });
    }
    const fifth = await attempt('deptreviewer', 'wrong-password', '10.0.0.1');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.headers['retry-after']).toBe('900');
    expect((fifth.json() as { error: { message: string } }).error.message).toContain('15 分钟后再试');
    // The right password no longer helps, from any address.
    expect((await attempt('deptreviewer', PASSWORD, '10.0.0.2')).statusCode).toBe(429);
    // The client address is rate-limited for other accounts too.
    expect((await attempt('financereviewer', PASSWORD, '10.0.0.1')).statusCode).toBe(429);
    const row = await t.database.db.selectFrom('users').select('locked_until').where('username', '=', 'deptreviewer').executeTakeFirstOrThrow();
    expect(row.locked_until).not.toBeNull();
  });

  it('an administrator can unlock the account', async () => {
    const admin = await t.login('admin');
    const res = await t.request(admin, { method: 'PATCH', url: `/api/users/${t.userIds.deptreviewer}`, payload: { locked: false } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ locked: false, failedLogins: 0 });
    expect((await attempt('deptreviewer', PASSWORD, '10.0.0.3')).statusCode).toBe(200);
  });

  it('unknown usernames fail like wrong passwords', async () => {
    const res = await attempt('nobody', 'whatever', '10.0.0.9');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'invalid-credentials' } });
  });
});
