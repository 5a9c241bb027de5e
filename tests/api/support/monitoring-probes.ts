import { readFileSync } from 'node:fs';
import { insertExecutionEntries } from '@jixiao/storage';
import type { Probe, Scope, Who } from './authorisation-matrix';
import type { TestApp } from './create-test-app';
import { makeProject } from './make-project';
import { multipart } from './multipart';

/** Expected statuses in the order preparer, unit_head, dept_reviewer, finance_reviewer, admin, auditor (anonymous 401). */
type E = number | readonly [number, number];
function m(p: E, u: E, d: E, f: E, a: E, au: E): Record<Who, E> {
  return { preparer: p, unit_head: u, dept_reviewer: d, finance_reviewer: f, admin: a, auditor: au, anonymous: 401 };
}

const unitOf = (scope: Scope): 'A1' | 'B1' => (scope === 'own' ? 'A1' : 'B1');
const PAYMENTS = readFileSync('fixtures/monitoring/payments-004.csv');
const PLAN = [
  { month: 3, percent: 25 },
  { month: 6, percent: 50 },
  { month: 10, percent: 75 },
  { month: 12, percent: 100 },
];
/** Reads: everyone who sees the project. */
const READ = m([200, 404], [200, 404], [200, 404], [200, 404], 200, 200);
/** Writes: only the project's own unit (preparer, unit head); reviewers, admin and auditor read only. */
const write = (ok: number): Record<Who, E> => m([ok, 404], [ok, 404], [403, 404], [403, 404], 403, 403);

async function project(t: TestApp, s: Scope): Promise<string> {
  return (await t.addProject(unitOf(s), 'approved', makeProject(`监控项目${Math.random().toString(36).slice(2, 8)}`, { spendingPlan: PLAN }))).id;
}

/** 双监控 routes (packages/server/src/routes/monitoring). */
export const MONITORING_PROBES: readonly Probe[] = [
  { method: 'GET', url: '/api/projects/:id/monitoring', scoped: true, build: async (t, s) => ({ method: 'GET', url: `/api/projects/${await project(t, s)}/monitoring` }), expect: READ },
  {
    method: 'PUT',
    url: '/api/projects/:id/monitoring/plan',
    scoped: true,
    build: async (t, s) => ({ method: 'PUT', url: `/api/projects/${await project(t, s)}/monitoring/plan`, payload: { version: 0, fiscalYear: 2024, checkpoints: PLAN } }),
    expect: write(200),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/monitoring/entries',
    scoped: true,
    build: async (t, s) => ({ method: 'POST', url: `/api/projects/${await project(t, s)}/monitoring/entries`, payload: { paidOn: '2024-03-20', amountYuan: '1,000.00', note: '测试' } }),
    expect: write(201),
  },
  {
    method: 'DELETE',
    url: '/api/projects/:id/monitoring/entries/:entryId',
    scoped: true,
    build: async (t, s) => {
      const id = await project(t, s);
      const [entry] = await insertExecutionEntries(t.database.db, id, [{ paidOn: '2024-03-20', amount: 100_000, note: '测试' }], { source: 'manual', actor: 'fixture' });
      return { method: 'DELETE', url: `/api/projects/${id}/monitoring/entries/${entry!.id}` };
    },
    expect: write(204),
  },
  {
    method: 'POST',
    url: '/api/projects/:id/monitoring/payments',
    scoped: true,
    build: async (t, s) => ({ method: 'POST', url: `/api/projects/${await project(t, s)}/monitoring/payments`, ...multipart('payments-004.csv', PAYMENTS) }),
    expect: write(200),
  },
  {
    method: 'PUT',
    url: '/api/projects/:id/monitoring/checkpoints/:month',
    scoped: true,
    build: async (t, s) => ({
      method: 'PUT',
      url: `/api/projects/${await project(t, s)}/monitoring/checkpoints/3`,
      payload: {
        version: 0,
        execution: { cause: '经费保障', measure: '加快拨付进度', adjustTarget: false },
        items: [{ indicatorIndex: 0, progressText: '25人次', forecastText: null, deviation: null }],
      },
    }),
    expect: write(200),
  },
  {
    method: 'GET',
    url: '/api/projects/:id/monitoring/export',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/projects/${await project(t, s)}/monitoring/export?format=xlsx&month=3` }),
    expect: READ,
  },
  { method: 'GET', url: '/api/monitoring/overview', build: async () => ({ method: 'GET', url: '/api/monitoring/overview' }), expect: m(200, 200, 200, 200, 200, 200) },
];
