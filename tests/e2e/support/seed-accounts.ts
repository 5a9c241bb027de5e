/** Accounts the e2e flow uses, created through the admin API. */
export const E2E_PASSWORD = 'E2e-Pass-12345';
export const ACCOUNTS = { preparer: 'prep1', unitHead: 'head1', deptReviewer: 'dept1', financeReviewer: 'fin1' } as const;

async function call(baseUrl: string, session: { cookie: string; csrf: string }, method: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const r = await fetch(baseUrl + path, {
    method,
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
    body: JSON.stringify(body),
  });
  const json = (await r.json()) as Record<string, unknown>;
  if (!r.ok) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(json)}`);
  return json;
}

/**
 * As admin: the unit sample 000's projects resolve to (拉萨市医疗保障局, a root unit: the importer
 * matches 主管部门/预算单位 by name under the same parent) with a preparer, a unit head and the
 * department reviewer, plus a finance reviewer without a unit.
 */
export async function seedAccounts(baseUrl: string, adminPassword: string): Promise<void> {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: adminPassword }) });
  if (!login.ok) throw new Error(`admin login failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const session = { cookie, csrf: csrfToken };
  const unit = await call(baseUrl, session, 'POST', '/api/units', { code: '481', name: '拉萨市医疗保障局', parentId: null });
  const users: [string, string, string, unknown][] = [
    [ACCOUNTS.preparer, '王填报', 'preparer', unit['id']],
    [ACCOUNTS.unitHead, '李负责', 'unit_head', unit['id']],
    [ACCOUNTS.deptReviewer, '张审核', 'dept_reviewer', unit['id']],
    [ACCOUNTS.financeReviewer, '赵财政', 'finance_reviewer', null],
  ];
  for (const [username, displayName, role, unitId] of users) await call(baseUrl, session, 'POST', '/api/users', { username, displayName, role, unitId, password: E2E_PASSWORD });
}
