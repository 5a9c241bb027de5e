import { readFileSync } from 'node:fs';
import type { Role } from '@jixiao/app';
import type { InjectOptions } from 'fastify';
import type { Session, TestApp } from './create-test-app';
import { PASSWORD } from './create-test-app';
import { makeProject } from './make-project';
import { multipart } from './multipart';
import { DISCLOSURE_PROBES } from './disclosure-probes';
import { LIBRARY_PROBES } from './library-matrix';
import { MONITORING_PROBES } from './monitoring-probes';
import { MONITORING_PROFILE_PROBES } from './monitoring-profile-probes';
import { makeSelfEvaluationForm } from './make-self-evaluation-form';

export type Who = 'anonymous' | Role;
export type Scope = 'own' | 'other';
/** One status for both scopes, or [own unit's resource, other unit's resource]. */
export type Expected = number | readonly [number, number];

export interface Probe {
  readonly method: string;
  /** The route pattern exactly as registered. */
  readonly url: string;
  readonly variant?: string;
  /** True when the resource belongs to a unit, so own/other differ. */
  readonly scoped?: boolean;
  /** `session` overrides the role's shared session (null: send none). */
  build(t: TestApp, scope: Scope, who: Who): Promise<InjectOptions & { session?: Session | null }>;
  readonly expect: Readonly<Record<Who, Expected>>;
}

export const USERNAME: Readonly<Record<Role, string>> = {
  preparer: 'preparer',
  unit_head: 'unithead',
  dept_reviewer: 'deptreviewer',
  finance_reviewer: 'financereviewer',
  admin: 'admin',
  auditor: 'auditor',
};

/** Expected statuses in the order preparer, unit_head, dept_reviewer, finance_reviewer, admin, auditor (anonymous 401). */
function m(p: Expected, u: Expected, d: Expected, f: Expected, a: Expected, au: Expected, anonymous: Expected = 401): Record<Who, Expected> {
  return { preparer: p, unit_head: u, dept_reviewer: d, finance_reviewer: f, admin: a, auditor: au, anonymous };
}

const unitOf = (scope: Scope): 'A1' | 'B1' => (scope === 'own' ? 'A1' : 'B1');
const SAMPLE = readFileSync('fixtures/samples/003_f299d4d68a831b89.txt');
const IMPORTERS: readonly Who[] = ['preparer', 'unit_head', 'admin'];
let counter = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

async function previewToken(t: TestApp, who: Who): Promise<string> {
  if (!IMPORTERS.includes(who) || who === 'anonymous') return 'not-a-real-token';
  const session = await t.login(USERNAME[who]);
  const res = await t.request(session, { method: 'POST', url: '/api/imports/preview', ...multipart('003.txt', SAMPLE) });
  return (res.json() as { token: string }).token;
}

const READ_SCOPED = m([200, 404], [200, 404], [200, 404], [200, 404], 200, 200);

/** The authorisation matrix: endpoint × role × own/other unit → status. */
export const AUTHORISATION_MATRIX: readonly Probe[] = [
  { method: 'GET', url: '/api/health', build: async () => ({ method: 'GET', url: '/api/health' }), expect: m(200, 200, 200, 200, 200, 200, 200) },
  {
    method: 'POST',
    url: '/api/auth/login',
    build: async (_t, _s, who) => ({ session: null, method: 'POST', url: '/api/auth/login', payload: { username: who === 'anonymous' ? 'preparer' : USERNAME[who], password: PASSWORD } }),
    expect: m(200, 200, 200, 200, 200, 200, 200),
  },
  {
    method: 'POST',
    url: '/api/auth/logout',
    build: async (t, _s, who) => ({ method: 'POST', url: '/api/auth/logout', ...(who !== 'anonymous' ? { session: await t.login(USERNAME[who]) } : {}) }),
    expect: m(204, 204, 204, 204, 204, 204),
  },
  { method: 'GET', url: '/api/auth/me', build: async () => ({ method: 'GET', url: '/api/auth/me' }), expect: m(200, 200, 200, 200, 200, 200) },
  { method: 'GET', url: '/api/projects', build: async () => ({ method: 'GET', url: '/api/projects' }), expect: m(200, 200, 200, 200, 200, 200) },
  {
    method: 'POST',
    url: '/api/projects',
    build: async () => ({ method: 'POST', url: '/api/projects', payload: { project: { name: '新建项目', funds: { total: 500_000 } } } }),
    expect: m(201, 201, 403, 403, 403, 403),
  },
  {
    method: 'GET',
    url: '/api/projects/:id',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/projects/${(await t.addProject(unitOf(s))).id}` }),
    expect: READ_SCOPED,
  },
  {
    method: 'PUT',
    url: '/api/projects/:id',
    scoped: true,
    build: async (t, s) => {
      const p = await t.addProject(unitOf(s));
      return { method: 'PUT', url: `/api/projects/${p.id}`, payload: { version: p.version, project: makeProject('改过的名称') } };
    },
    expect: m([200, 404], [200, 404], [403, 404], [403, 404], 403, 403),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/transitions',
    variant: 'submit a draft',
    scoped: true,
    build: async (t, s) => {
      const p = await t.addProject(unitOf(s));
      return { method: 'POST', url: `/api/projects/${p.id}/transitions`, payload: { version: p.version, action: 'submit' } };
    },
    expect: m([403, 404], [200, 404], [403, 404], [403, 404], 403, 403),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/transitions',
    variant: 'pass at finance review (approve)',
    scoped: true,
    build: async (t, s) => {
      const p = await t.addProject(unitOf(s), 'finance_review');
      return { method: 'POST', url: `/api/projects/${p.id}/transitions`, payload: { version: p.version, action: 'pass', outcome: '通过' } };
    },
    expect: m([403, 404], [403, 404], [409, 404], [200, 404], 403, 403),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/export',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/projects/${(await t.addProject(unitOf(s))).id}/export?format=html&layout=target-table-002` }),
    expect: READ_SCOPED,
  },
  {
    method: 'GET',
    url: '/api/export',
    build: async () => ({ method: 'GET', url: '/api/export?format=html&layout=declaration-000' }),
    expect: m(200, 200, 200, 200, 200, 200),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/versions',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/projects/${(await t.addProject(unitOf(s))).id}/versions` }),
    expect: READ_SCOPED,
  },
  {
    method: 'GET',
    url: '/api/projects/:id/versions/:version',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/projects/${(await t.addProject(unitOf(s))).id}/versions/1` }),
    expect: READ_SCOPED,
  },
  {
    method: 'GET',
    url: '/api/projects/:id/comments',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/projects/${(await t.addProject(unitOf(s))).id}/comments` }),
    expect: READ_SCOPED,
  },
  {
    method: 'POST',
    url: '/api/projects/:id/comments',
    scoped: true,
    build: async (t, s) => ({
      method: 'POST',
      url: `/api/projects/${(await t.addProject(unitOf(s))).id}/comments`,
      payload: { indicatorIndex: 0, text: '目标值偏低' },
    }),
    expect: m([201, 404], [201, 404], [201, 404], [201, 404], 403, 403),
  },
  { method: 'GET', url: '/api/review-queue', build: async () => ({ method: 'GET', url: '/api/review-queue' }), expect: m(403, 403, 200, 200, 403, 403) },
  {
    method: 'POST',
    url: '/api/imports/preview',
    build: async () => ({ method: 'POST', url: '/api/imports/preview', ...multipart('003.txt', SAMPLE) }),
    expect: m(200, 200, 403, 403, 200, 403),
  },
  {
    method: 'POST',
    url: '/api/imports/:token/confirm',
    // The sample names units 481/481001, outside tree A: unit-scoped importers are refused (nothing written).
    build: async (t, _s, who) => ({ method: 'POST', url: `/api/imports/${await previewToken(t, who)}/confirm` }),
    expect: m(403, 403, 403, 403, 200, 403),
  },
  {
    method: 'DELETE',
    url: '/api/imports/:token',
    build: async (t, _s, who) => ({ method: 'DELETE', url: `/api/imports/${await previewToken(t, who)}` }),
    expect: m(204, 204, 403, 403, 204, 403),
  },
  { method: 'GET', url: '/api/department-targets', build: async () => ({ method: 'GET', url: '/api/department-targets' }), expect: m(200, 200, 200, 200, 200, 200) },
  {
    method: 'GET',
    url: '/api/department-targets/:id',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/department-targets/${s === 'own' ? 'dt-own' : 'dt-other'}` }),
    expect: READ_SCOPED,
  },
  { method: 'GET', url: '/api/units', build: async () => ({ method: 'GET', url: '/api/units' }), expect: m(200, 200, 200, 200, 200, 200) },
  {
    method: 'POST',
    url: '/api/units',
    build: async () => ({ method: 'POST', url: '/api/units', payload: { code: unique('U'), name: '新单位', parentId: null } }),
    expect: m(403, 403, 403, 403, 201, 403),
  },
  {
    method: 'PATCH',
    url: '/api/units/:id',
    scoped: true,
    build: async (t, s) => ({ method: 'PATCH', url: `/api/units/${t.units[unitOf(s)]}`, payload: { name: s === 'own' ? '甲预算单位' : '乙预算单位' } }),
    expect: m(403, 403, 403, 403, 200, 403),
  },
  { method: 'GET', url: '/api/users', build: async () => ({ method: 'GET', url: '/api/users' }), expect: m(403, 403, 403, 403, 200, 403) },
  {
    method: 'POST',
    url: '/api/users',
    build: async (t) => ({
      method: 'POST',
      url: '/api/users',
      payload: { username: unique('u'), displayName: '新用户', role: 'preparer', unitId: t.units.A1, password: 'a-long-password' },
    }),
    expect: m(403, 403, 403, 403, 201, 403),
  },
  {
    method: 'PATCH',
    url: '/api/users/:id',
    build: async (t) => ({ method: 'PATCH', url: `/api/users/${t.userIds.auditor}`, payload: { displayName: '测试auditor' } }),
    expect: m(403, 403, 403, 403, 200, 403),
  },
  { method: 'GET', url: '/api/audit', build: async () => ({ method: 'GET', url: '/api/audit?limit=5' }), expect: m(403, 403, 403, 403, 200, 200) },
  { method: 'GET', url: '/api/audit/verify', build: async () => ({ method: 'GET', url: '/api/audit/verify' }), expect: m(403, 403, 403, 403, 200, 200) },
  // Self-evaluation (绩效自评, issue #6)
  {
    method: 'GET',
    url: '/api/projects/:id/self-evaluation',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/projects/${(await t.addProject(unitOf(s))).id}/self-evaluation` }),
    expect: READ_SCOPED,
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/self-evaluation',
    scoped: true,
    build: async (t, s) => ({
      method: 'PUT',
      url: `/api/projects/${(await t.addProject(unitOf(s))).id}/self-evaluation`,
      payload: { version: 0, budget: 1_000_000, executed: 950_000, entries: [{ position: 0, actualText: '120人次' }] },
    }),
    expect: m([200, 404], [200, 404], [403, 404], [403, 404], 403, 403),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/self-evaluation/import',
    scoped: true,
    build: async (t, s) => {
      const name = unique('自评项目');
      const p = await t.addProject(unitOf(s), 'draft', makeProject(name));
      return { method: 'POST', url: `/api/projects/${p.id}/self-evaluation/import`, ...multipart('自评表.txt', makeSelfEvaluationForm(name)) };
    },
    expect: m([200, 404], [200, 404], [403, 404], [403, 404], 403, 403),
  },
  {
    method: 'POST',
    url: '/api/self-evaluations/import',
    build: async (t) => {
      const name = unique('自评项目');
      await t.addProject('A1', 'draft', makeProject(name));
      return { method: 'POST', url: '/api/self-evaluations/import', ...multipart('自评表.txt', makeSelfEvaluationForm(name)) };
    },
    expect: m(200, 200, 403, 403, 403, 403),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/self-evaluation/overrides',
    scoped: true,
    build: async (t, s) => ({
      method: 'POST',
      url: `/api/projects/${(await t.addProject(unitOf(s))).id}/self-evaluation/overrides`,
      payload: { position: 0, score: 15, reason: '目标设定偏低，按偏离程度扣减' },
    }),
    expect: m([403, 404], [403, 404], [200, 404], [200, 404], 403, 403),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/self-evaluation/export',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/projects/${(await t.addProject(unitOf(s))).id}/self-evaluation/export?format=xlsx` }),
    expect: READ_SCOPED,
  },
  { method: 'GET', url: '/api/self-evaluations/summary', build: async () => ({ method: 'GET', url: '/api/self-evaluations/summary' }), expect: m(200, 200, 200, 200, 200, 200) },
  ...DISCLOSURE_PROBES,
  ...LIBRARY_PROBES,
  ...MONITORING_PROBES,
  ...MONITORING_PROFILE_PROBES,
];
