import { emptyDepartmentBudget } from '@jixiao/core';
import { createDisclosure, publishDisclosure, type StoredDisclosure } from '@jixiao/storage';
import type { Probe, Scope, Who } from './authorisation-matrix';
import type { TestApp } from './create-test-app';
import { multipart } from './multipart';

/** Expected statuses in the order preparer, unit_head, dept_reviewer, finance_reviewer, admin, auditor (anonymous 401). */
type E = number | readonly [number, number];
function m(p: E, u: E, d: E, f: E, a: E, au: E): Record<Who, E> {
  return { preparer: p, unit_head: u, dept_reviewer: d, finance_reviewer: f, admin: a, auditor: au, anonymous: 401 };
}

/**
 * A disclosure belongs to a department unit (A own, B other). The preparer and unit head sit in
 * budget unit A1 below department A, so department A is outside their scope (404); the department
 * reviewer and finance reviewer sit in A; admin and auditor see every department.
 */
const deptOf = (scope: Scope): 'A' | 'B' => (scope === 'own' ? 'A' : 'B');
const years: Record<'A' | 'B', number> = { A: 1990, B: 1990 };
/** Years for POST /api/disclosures, counting down so they never meet `years`. */
const createYears: Record<'A' | 'B', number> = { A: 2100, B: 2100 };

/** A fresh disclosure (draft, version 1) of department A or B, each for a year not used before. */
export async function addDisclosure(t: TestApp, scope: Scope): Promise<StoredDisclosure> {
  const dept = deptOf(scope);
  const year = years[dept]++;
  return createDisclosure(t.database.db, {
    unitId: t.units[dept],
    fiscalYear: year,
    template: 'shaanxi-16',
    document: emptyDepartmentBudget(dept === 'A' ? '甲主管部门' : '乙主管部门', year),
    actor: 'fixture',
  });
}

const READ = m([404, 404], [404, 404], [200, 404], [200, 404], 200, 200);
const WRITE = (own: number) => m([404, 404], [404, 404], [own, 404], [403, 404], 403, 403);

/** The authorisation-matrix entries of /api/disclosures (部门预算公开). */
export const DISCLOSURE_PROBES: readonly Probe[] = [
  { method: 'GET', url: '/api/disclosures', build: async () => ({ method: 'GET', url: '/api/disclosures' }), expect: m(200, 200, 200, 200, 200, 200) },
  {
    method: 'POST',
    url: '/api/disclosures',
    scoped: true,
    build: async (t, s) => {
      const dept = deptOf(s);
      return { method: 'POST', url: '/api/disclosures', payload: { unitId: t.units[dept], fiscalYear: createYears[dept]--, template: 'core-8' } };
    },
    expect: WRITE(201),
  },
  { method: 'GET', url: '/api/disclosures/:id', scoped: true, build: async (t, s) => ({ method: 'GET', url: `/api/disclosures/${(await addDisclosure(t, s)).id}` }), expect: READ },
  {
    method: 'PUT',
    url: '/api/disclosures/:id',
    scoped: true,
    build: async (t, s) => {
      const d = await addDisclosure(t, s);
      return { method: 'PUT', url: `/api/disclosures/${d.id}`, payload: { version: d.version, template: 'shaanxi-16', budget: d.document } };
    },
    expect: WRITE(200),
  },
  {
    method: 'POST',
    url: '/api/disclosures/:id/preview',
    scoped: true,
    build: async (t, s) => {
      const d = await addDisclosure(t, s);
      return { method: 'POST', url: `/api/disclosures/${d.id}/preview`, payload: { template: 'core-8', budget: d.document } };
    },
    expect: READ,
  },
  {
    method: 'POST',
    url: '/api/disclosures/:id/publish',
    variant: 'already published (frozen)',
    scoped: true,
    build: async (t, s) => {
      const d = await addDisclosure(t, s);
      await publishDisclosure(t.database.db, d.id, d.version, 'fixture');
      return { method: 'POST', url: `/api/disclosures/${d.id}/publish`, payload: { version: d.version } };
    },
    expect: m([404, 404], [404, 404], [409, 404], [403, 404], 403, 403),
  },
  {
    method: 'GET',
    url: '/api/disclosures/:id/versions',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/disclosures/${(await addDisclosure(t, s)).id}/versions` }),
    expect: READ,
  },
  {
    method: 'POST',
    url: '/api/disclosures/:id/import',
    variant: 'a file without a disclosure (nothing written)',
    scoped: true,
    build: async (t, s) => {
      const d = await addDisclosure(t, s);
      return { method: 'POST', url: `/api/disclosures/${d.id}/import?version=${d.version}`, ...multipart('memo.txt', Buffer.from('关于召开会议的通知\n请各单位按时参加。\n')) };
    },
    expect: WRITE(422),
  },
  {
    method: 'GET',
    url: '/api/disclosures/:id/export',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/disclosures/${(await addDisclosure(t, s)).id}/export?format=xlsx` }),
    expect: READ,
  },
];
