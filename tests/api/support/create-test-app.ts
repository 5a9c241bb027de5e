import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@jixiao/app';
import type { Project } from '@jixiao/core';
import { createArgon2Hasher, createServer, type ServerConfig } from '@jixiao/server';
import {
  createDraftProject,
  insertUser,
  openDatabase,
  setProjectStatus,
  type Database,
  type ProjectStatus,
} from '@jixiao/storage';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { makeProject } from './make-project';
import { createTestUnitTree, type TestUnits } from './create-test-unit-tree';

export const PASSWORD = 'correct-horse-battery';

/** Test accounts: every role in unit tree A (dept A → unit A1); admin and auditor without a unit. */
export const TEST_USERS: readonly { username: string; role: Role; unit: 'A' | 'A1' | null }[] = [
  { username: 'preparer', role: 'preparer', unit: 'A1' },
  { username: 'unithead', role: 'unit_head', unit: 'A1' },
  { username: 'deptreviewer', role: 'dept_reviewer', unit: 'A' },
  { username: 'financereviewer', role: 'finance_reviewer', unit: 'A' },
  { username: 'admin', role: 'admin', unit: null },
  { username: 'auditor', role: 'auditor', unit: null },
];

export interface Session {
  readonly cookie: string;
  readonly csrf: string;
  readonly userId: string;
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: Database;
  /** Units: A (department) → A1; B (department) → B1 (the "other unit"). */
  readonly units: TestUnits;
  readonly userIds: Readonly<Record<string, string>>;
  login(username: string, password?: string): Promise<Session>;
  request(session: Session | null, opts: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse>;
  /** A project stored directly (not through the API) in `unit`, moved to `status`. */
  addProject(unit: 'A1' | 'B1', status?: ProjectStatus, project?: Project): Promise<{ id: string; version: number }>;
  close(): Promise<void>;
}

/** One server over one temp SQLite file, with the unit tree and the six test accounts. */
export async function createTestApp(config: Partial<ServerConfig> = {}, wrapDb?: (db: Database['db']) => Database['db']): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-api-'));
  const database = await openDatabase({ sqlitePath: join(dir, 'test.db'), migrate: true, env: {} });
  const db = database.db;
  const units = await createTestUnitTree(db);
  const hasher = createArgon2Hasher();
  const passwordHash = await hasher.hash(PASSWORD);
  const userIds: Record<string, string> = {};
  for (const u of TEST_USERS) {
    const created = await insertUser(db, {
      username: u.username,
      displayName: `测试${u.username}`,
      role: u.role,
      unitId: u.unit ? units[u.unit] : null,
      passwordHash,
    });
    userIds[u.username] = created.id;
  }
  const app = await createServer({ db: wrapDb ? wrapDb(db) : db, hasher, config: { webDistDir: join(dir, 'no-web'), ...config } });
  await app.ready();

  const request: TestApp['request'] = (session, opts) => {
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string> | undefined) };
    if (session) {
      headers.cookie = session.cookie;
      if (opts.csrf !== false) headers['x-csrf-token'] = session.csrf;
    }
    const { csrf: _csrf, ...rest } = opts;
    return app.inject({ ...rest, headers });
  };

  return {
    app,
    database,
    units,
    userIds,
    async login(username, password = PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const sid = res.cookies.find((c) => c.name === 'jx_sid');
      if (!sid) throw new Error('no session cookie');
      const body = res.json() as { csrfToken: string; user: { id: string } };
      return { cookie: `jx_sid=${sid.value}`, csrf: body.csrfToken, userId: body.user.id };
    },
    request,
    async addProject(unit, status = 'draft', project) {
      const stored = await createDraftProject(db, units[unit], project ?? makeProject(`项目${Math.random().toString(36).slice(2, 8)}`), 'fixture');
      if (status === 'draft') return { id: stored.id, version: stored.version };
      const moved = await setProjectStatus(db, stored.id, stored.version, status, 'fixture');
      return { id: moved.id, version: moved.version };
    },
    async close() {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
