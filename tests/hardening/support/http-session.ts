export const HARDENING_PASSWORD = 'correct-horse-battery';

export interface HttpSession {
  readonly cookie: string;
  readonly csrf: string;
}

/** Logs in over HTTP; returns the session cookie and CSRF token. */
export async function logInOverHttp(baseUrl: string, username: string, password = HARDENING_PASSWORD): Promise<HttpSession> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const sid = /jx_sid=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!sid) throw new Error('no session cookie');
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: `jx_sid=${sid}`, csrf: body.csrfToken };
}

/** A JSON request with the session's cookie and CSRF header; returns status, body and duration. */
export async function requestJson(baseUrl: string, session: HttpSession | null, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown; ms: number }> {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrf;
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  const res = await fetch(`${baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  const ms = performance.now() - started;
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json, ms };
}
