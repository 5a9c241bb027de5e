import { afterAll, describe, expect, it } from 'vitest';
import type { Project } from '@jixiao/core';
import { createDraftProject, verifyAuditChain, type DialectName } from '@jixiao/storage';
import { makeProject } from '../api/support/make-project';
import { pgAdminUrl } from '../storage/support/describe-each-dialect';
import { createHardeningCounters, recordHardeningCounters, summariseLatency } from './support/record-hardening-counters';
import { logInOverHttp, requestJson, type HttpSession } from './support/http-session';
import { startHardeningServer, type HardeningUser } from './support/start-hardening-server';

// 50 clients, each logged in as a preparer or unit head of unit A1, edit an overlapping set of 8
// projects over real HTTP on loopback: read a project, change it, save it with the version read.
// Bounded by JIXIAO_HARDENING_SECONDS (10 s per database by default; 60 for the full run).
const SECONDS = Number(process.env.JIXIAO_HARDENING_SECONDS ?? 10);
const CLIENTS = 50;
const PROJECTS = 8;

const counters = createHardeningCounters();
afterAll(() => recordHardeningCounters('concurrency', counters));

const USERS: HardeningUser[] = Array.from({ length: CLIENTS }, (_, i) => ({ username: `editor${i}`, role: i % 2 === 0 ? 'preparer' : 'unit_head', unit: 'A1' }));

interface Accepted {
  readonly projectId: string;
  readonly baseVersion: number;
  readonly version: number;
  readonly mark: string;
}

const DIALECTS: DialectName[] = pgAdminUrl ? ['sqlite', 'postgres'] : ['sqlite'];

describe.each(DIALECTS)(`concurrency: ${CLIENTS} clients saving 8 shared projects for ${SECONDS} s [%s]`, (dialect) => {
  it('keeps every accepted save, refuses every stale one with 409, never answers 5xx', async () => {
    const server = await startHardeningServer(dialect, USERS);
    try {
      const ids: string[] = [];
      for (let p = 0; p < PROJECTS; p++) ids.push((await createDraftProject(server.database.db, server.units.A1, makeProject(`并发项目${p}`), 'fixture')).id);
      const sessions: HttpSession[] = [];
      for (let i = 0; i < CLIENTS; i += 10) sessions.push(...(await Promise.all(USERS.slice(i, i + 10).map((u) => logInOverHttp(server.baseUrl, u.username)))));

      const accepted: Accepted[] = [];
      const errors: string[] = [];
      const saveMs: number[] = [];
      const readMs: number[] = [];
      let refused = 0;
      const deadline = performance.now() + SECONDS * 1000;
      const client = async (c: number): Promise<void> => {
        for (let n = 0; performance.now() < deadline; n++) {
          // Clients prefer the first projects, so that most saves collide with someone else's.
          const id = ids[Math.floor(Math.random() ** 2 * PROJECTS)]!;
          const read = await requestJson(server.baseUrl, sessions[c]!, 'GET', `/api/projects/${id}`);
          readMs.push(read.ms);
          if (read.status !== 200) {
            errors.push(`GET ${read.status}`);
            continue;
          }
          const { version, project } = read.json as { version: number; project: Project };
          const mark = `保存c${c}n${n}`;
          const save = await requestJson(server.baseUrl, sessions[c]!, 'PUT', `/api/projects/${id}`, { version, project: { ...project, goals: [mark] } });
          saveMs.push(save.ms);
          if (save.status === 200) accepted.push({ projectId: id, baseVersion: version, version: (save.json as { version: number }).version, mark });
          else if (save.status === 409) {
            refused++;
            const err = (save.json as { error: { code: string; details?: { current?: { version: number } } } }).error;
            if (err.code !== 'version-conflict' || !(err.details?.current && err.details.current.version > version)) errors.push(`409 ${JSON.stringify(err).slice(0, 200)}`);
          } else errors.push(`PUT ${save.status} ${JSON.stringify(save.json).slice(0, 200)}`);
        }
      };
      await Promise.all(sessions.map((_, c) => client(c)));

      counters.savesAccepted += accepted.length;
      counters.savesRefused += refused;
      counters.crashes += errors.filter((e) => /^(GET|PUT) 5/.test(e)).length;
      counters.requestsAttacked += readMs.length + saveMs.length;
      counters.latencyMs[`save (${dialect})`] = summariseLatency(saveMs);
      counters.latencyMs[`read (${dialect})`] = summariseLatency(readMs);
      console.log(`concurrency [${dialect}]: ${accepted.length} saves accepted, ${refused} refused (409), ${errors.length} errors; save ${JSON.stringify(summariseLatency(saveMs))} ms`);
      expect(errors).toEqual([]);

      // Every accepted save is a version of its own, holding exactly what that client sent, and each
      // was made on top of the version before it: no two accepted saves started from the same version.
      const db = server.database.db;
      let lost = 0;
      for (const id of ids) {
        const rows = await db.selectFrom('project_versions').select(['version', 'document']).where('project_id', '=', id).orderBy('version').execute();
        const byVersion = new Map(rows.map((r) => [Number(r.version), (JSON.parse(r.document) as Project).goals]));
        const mine = accepted.filter((a) => a.projectId === id).sort((a, b) => a.version - b.version);
        for (const a of mine) {
          expect(a.version).toBe(a.baseVersion + 1);
          if (JSON.stringify(byVersion.get(a.version)) !== JSON.stringify([a.mark])) lost++;
        }
        // Versions are 1 (created) plus one per accepted save, without gaps.
        expect(rows.map((r) => Number(r.version))).toEqual(Array.from({ length: mine.length + 1 }, (_, k) => k + 1));
        const head = await db.selectFrom('projects').select(['version', 'document']).where('id', '=', id).executeTakeFirstOrThrow();
        expect(Number(head.version)).toBe(mine.length + 1);
        if (mine.length > 0) expect((JSON.parse(head.document) as Project).goals).toEqual([mine.at(-1)!.mark]);
      }
      counters.savesLost += lost;
      expect(lost).toBe(0);
      expect(accepted.length).toBeGreaterThan(PROJECTS);
      expect(refused).toBeGreaterThan(0);
      expect(await verifyAuditChain(db)).toBeNull();
    } finally {
      await server.close();
    }
  }, (SECONDS + 90) * 1000);
});
