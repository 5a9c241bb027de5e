import { insertLibraryChangeRequest, insertLibraryEntry, updateLibraryEntry, type LibraryEntryFields } from '@jixiao/storage';
import type { Expected, Probe, Scope, Who } from './authorisation-matrix';
import type { TestApp } from './create-test-app';

/** Expected statuses: preparer, unit_head, dept_reviewer, finance_reviewer, admin, auditor (anonymous 401). */
function m(p: Expected, u: Expected, d: Expected, f: Expected, a: Expected, au: Expected): Record<Who, Expected> {
  return { preparer: p, unit_head: u, dept_reviewer: d, finance_reviewer: f, admin: a, auditor: au, anonymous: 401 };
}

const ALL = m(200, 200, 200, 200, 200, 200);
const READ_SCOPED = m([200, 404], [200, 404], [200, 404], [200, 404], 200, 200);
const ADMIN_ONLY = (status: number) => m(403, 403, 403, 403, status, 403);
const unitOf = (scope: Scope): 'A1' | 'B1' => (scope === 'own' ? 'A1' : 'B1');

export const ENTRY_FIELDS: LibraryEntryFields = {
  clusterId: null,
  name: '参保群众满意度',
  level1: 'satisfaction',
  level2: 'serviceSatisfaction',
  definition: '抽样调查中对医保经办服务表示满意的参保群众占受访人数的比例。',
  formula: '满意人数 ÷ 受访人数 × 100%',
  unit: '%',
  direction: 'higher',
  valueBasis: '国家医保局经办服务满意度调查口径，一般不低于90%',
  source: '医疗保障经办服务规范',
};

async function draftEntry(t: TestApp): Promise<{ id: string; version: number }> {
  return insertLibraryEntry(t.database.db, ENTRY_FIELDS, 'fixture');
}

async function publishedEntry(t: TestApp): Promise<{ id: string; version: number }> {
  const e = await draftEntry(t);
  return updateLibraryEntry(t.database.db, e.id, e.version, { status: 'published' }, 'fixture');
}

async function pendingRequest(t: TestApp, requestedBy: string): Promise<string> {
  const e = await publishedEntry(t);
  const r = await insertLibraryChangeRequest(t.database.db, { entryId: e.id, entryVersion: e.version, changes: { unit: '%' , formula: '满意人数 / 受访人数' }, reason: '统一公式写法', requestedBy, requestedByName: '另一位管理员' });
  return r.id;
}

/** Matrix entries of the indicator library routes (routes/library). */
export const LIBRARY_PROBES: readonly Probe[] = [
  { method: 'GET', url: '/api/library', build: async () => ({ method: 'GET', url: '/api/library?limit=5' }), expect: ALL },
  {
    method: 'GET',
    url: '/api/library/suggestions',
    variant: 'unsaved draft',
    build: async () => ({ method: 'GET', url: `/api/library/suggestions?name=${encodeURIComponent('医保网络运行维护')}&goals=${encodeURIComponent('保障系统正常运转')}` }),
    expect: ALL,
  },
  {
    method: 'GET',
    url: '/api/library/suggestions',
    variant: 'draft of a stored project',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/library/suggestions?name=${encodeURIComponent('宣传经费')}&projectId=${(await t.addProject(unitOf(s))).id}` }),
    expect: READ_SCOPED,
  },
  {
    method: 'GET',
    url: '/api/library/projects/:id/suggestions',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/library/projects/${(await t.addProject(unitOf(s))).id}/suggestions` }),
    expect: READ_SCOPED,
  },
  {
    method: 'GET',
    url: '/api/library/projects/:id/benchmark',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/library/projects/${(await t.addProject(unitOf(s))).id}/benchmark` }),
    expect: READ_SCOPED,
  },
  { method: 'GET', url: '/api/library/dashboard', build: async () => ({ method: 'GET', url: '/api/library/dashboard' }), expect: ALL },
  { method: 'GET', url: '/api/library/entries', build: async () => ({ method: 'GET', url: '/api/library/entries' }), expect: ALL },
  { method: 'POST', url: '/api/library/entries', build: async () => ({ method: 'POST', url: '/api/library/entries', payload: ENTRY_FIELDS }), expect: ADMIN_ONLY(201) },
  {
    method: 'PUT',
    url: '/api/library/entries/:id',
    variant: 'draft',
    build: async (t) => {
      const e = await draftEntry(t);
      return { method: 'PUT', url: `/api/library/entries/${e.id}`, payload: { version: e.version, fields: { unit: '%' } } };
    },
    expect: ADMIN_ONLY(200),
  },
  {
    method: 'PUT',
    url: '/api/library/entries/:id',
    variant: 'published (locked)',
    build: async (t) => {
      const e = await publishedEntry(t);
      return { method: 'PUT', url: `/api/library/entries/${e.id}`, payload: { version: e.version, fields: { unit: '个' } } };
    },
    expect: ADMIN_ONLY(409),
  },
  {
    method: 'POST',
    url: '/api/library/entries/:id/publish',
    build: async (t) => {
      const e = await draftEntry(t);
      return { method: 'POST', url: `/api/library/entries/${e.id}/publish`, payload: { version: e.version } };
    },
    expect: ADMIN_ONLY(200),
  },
  {
    method: 'POST',
    url: '/api/library/entries/:id/change-requests',
    build: async (t) => {
      const e = await publishedEntry(t);
      return { method: 'POST', url: `/api/library/entries/${e.id}/change-requests`, payload: { version: e.version, changes: { formula: '满意人数 / 受访人数 × 100%' }, reason: '统一公式写法' } };
    },
    expect: ADMIN_ONLY(201),
  },
  { method: 'GET', url: '/api/library/change-requests', build: async () => ({ method: 'GET', url: '/api/library/change-requests' }), expect: m(403, 403, 403, 403, 200, 200) },
  {
    method: 'POST',
    url: '/api/library/change-requests/:id/decision',
    variant: "another administrator's request",
    build: async (t) => ({ method: 'POST', url: `/api/library/change-requests/${await pendingRequest(t, 'another-admin')}/decision`, payload: { approve: true } }),
    expect: ADMIN_ONLY(200),
  },
  {
    method: 'POST',
    url: '/api/library/change-requests/:id/decision',
    variant: 'own request',
    build: async (t) => ({ method: 'POST', url: `/api/library/change-requests/${await pendingRequest(t, t.userIds.admin as string)}/decision`, payload: { approve: true } }),
    expect: ADMIN_ONLY(403),
  },
  { method: 'GET', url: '/api/library/publications', build: async () => ({ method: 'GET', url: '/api/library/publications' }), expect: ALL },
  {
    method: 'PUT',
    url: '/api/library/publications/:unitId',
    scoped: true,
    build: async (t, s) => ({ method: 'PUT', url: `/api/library/publications/${t.units[unitOf(s)]}`, payload: { published: false } }),
    expect: ADMIN_ONLY(200),
  },
];
