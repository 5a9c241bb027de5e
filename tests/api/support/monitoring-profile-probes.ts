import { getMonitoringProfile } from '@jixiao/storage';
import type { Probe, Scope, Who } from './authorisation-matrix';

/** Expected statuses in the order preparer, unit_head, dept_reviewer, finance_reviewer, admin, auditor (anonymous 401). */
type E = number | readonly [number, number];
function m(p: E, u: E, d: E, f: E, a: E, au: E): Record<Who, E> {
  return { preparer: p, unit_head: u, dept_reviewer: d, finance_reviewer: f, admin: a, auditor: au, anonymous: 401 };
}

const unitOf = (scope: Scope): 'A1' | 'B1' => (scope === 'own' ? 'A1' : 'B1');
const PROFILE = { executionYellowPoints: 5, executionRedPoints: 10, timeBasis: 'daily', indicatorBands: { red: 0.7, yellow: 0.9, blue: 1.2 } };

/** 双监控 thresholds per unit (packages/server/src/routes/units/*-monitoring-profile.ts). */
export const MONITORING_PROFILE_PROBES: readonly Probe[] = [
  {
    method: 'GET',
    url: '/api/units/:id/monitoring-profile',
    scoped: true,
    build: async (t, s) => ({ method: 'GET', url: `/api/units/${t.units[unitOf(s)]}/monitoring-profile` }),
    expect: m([200, 404], [200, 404], [200, 404], [200, 404], 200, 200),
  },
  {
    method: 'PUT',
    url: '/api/units/:id/monitoring-profile',
    scoped: true,
    build: async (t, s) => {
      const unitId = t.units[unitOf(s)];
      const version = (await getMonitoringProfile(t.database.db, unitId))?.version ?? 0;
      return { method: 'PUT', url: `/api/units/${unitId}/monitoring-profile`, payload: { version, profile: PROFILE } };
    },
    // Admin anywhere; a finance reviewer for the units in its scope (tree A); everyone else reads only.
    expect: m([403, 404], [403, 404], [403, 404], [200, 404], 200, 403),
  },
];
