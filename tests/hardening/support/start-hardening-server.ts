import type { AddressInfo } from 'node:net';
import type { Role } from '@jixiao/app';
import { createArgon2Hasher, createServer } from '@jixiao/server';
import { insertUser, migrateToLatest, type Database, type DialectName } from '@jixiao/storage';
import type { FastifyInstance } from 'fastify';
import { openTestDatabase } from '../../storage/support/describe-each-dialect';
import { HARDENING_PASSWORD } from './http-session';
import { createTestUnitTree, type TestUnits } from '../../api/support/create-test-unit-tree';

export interface HardeningServer {
  readonly dialect: DialectName;
  readonly app: FastifyInstance;
  readonly database: Database;
  readonly baseUrl: string;
  /** Units: A (department) → A1; B (department) → B1. */
  readonly units: TestUnits;
  close(): Promise<void>;
}

export interface HardeningUser {
  readonly username: string;
  readonly role: Role;
  readonly unit: 'A' | 'A1' | 'B' | 'B1' | null;
}

/**
 * The real server (createServer) listening on a free loopback port, over a fresh SQLite file or a
 * PostgreSQL database of its own, with the unit tree A → A1, B → B1 and the given accounts.
 */
export async function startHardeningServer(dialect: DialectName, users: readonly HardeningUser[]): Promise<HardeningServer> {
  const opened = await openTestDatabase(dialect);
  const database = opened.database;
  await migrateToLatest(database.db);
  const db = database.db;
  const units = await createTestUnitTree(db);
  const hasher = createArgon2Hasher();
  const passwordHash = await hasher.hash(HARDENING_PASSWORD);
  for (const u of users) {
    await insertUser(db, { username: u.username, displayName: `测试${u.username}`, role: u.role, unitId: u.unit ? units[u.unit] : null, passwordHash });
  }
  const app = await createServer({ db, hasher, config: { webDistDir: '/nonexistent/jixiao-web' } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    dialect,
    app,
    database,
    baseUrl: `http://127.0.0.1:${port}`,
    units,
    async close() {
      await app.close();
      await opened.cleanup();
    },
  };
}
