import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createArgon2Hasher, createServer } from '@jixiao/server';
import { createDraftProject, findOrCreateUnit, insertUser, openDatabase, type Database } from '@jixiao/storage';
import type { FastifyInstance } from 'fastify';
import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgCluster, type PgCluster } from '../../scripts/lib/pg-cluster.mjs';
import { startPgReplica, type PgReplica } from '../../scripts/lib/pg-replica.mjs';
import { makeProject } from '../api/support/make-project';
import { pgUrl } from '../support/requirements';

/**
 * A PRIMARY and a streaming REPLICA cluster on loopback (private ports, pg_basebackup -R): the
 * server's list, review-queue and department-target reads run on the replica (DATABASE_READ_URL),
 * writes on the primary, and a row written is seen on the replica after catch-up.
 * Runs wherever the PostgreSQL suites run (scripts/test.mjs sets JIXIAO_TEST_PG_URL).
 */
const run = pgUrl ? describe : describe.skip;

function counter(): { plugin: KyselyPlugin; count: number } {
  const c = {
    count: 0,
    plugin: {
      transformQuery(args) {
        c.count++;
        return args.node;
      },
      async transformResult(args) {
        return args.result;
      },
    } satisfies KyselyPlugin,
  };
  return c;
}

run('read replica (DATABASE_READ_URL)', () => {
  let primary: PgCluster;
  let replica: PgReplica;
  let database: Database;
  let app: FastifyInstance;
  let dir: string;
  let unitId: string;
  let cookie = '';
  let csrf = '';
  const onPrimary = counter();
  const onReplica = counter();

  async function waitForCatchUp(): Promise<void> {
    const target = await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(database.db);
    const lsn = target.rows[0]!.lsn;
    for (let i = 0; i < 200; i++) {
      const r = await sql<{ ok: boolean }>`select coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, false) as ok`.execute(database.readDb);
      if (r.rows[0]!.ok) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('replica did not catch up in 10 s');
  }

  beforeAll(async () => {
    primary = await startPgCluster({ name: 'jixiao-primary' });
    replica = await startPgReplica(primary);
    database = await openDatabase({ databaseUrl: primary.url, readUrl: replica.url, migrate: true, env: {} });
    const dept = await findOrCreateUnit(database.db, { code: '931', name: '复制测试主管部门', kind: 'department' });
    unitId = (await findOrCreateUnit(database.db, { code: '931001', name: '复制测试单位', parentId: dept.id })).id;
    const hasher = createArgon2Hasher();
    await insertUser(database.db, { username: 'finance', displayName: '财政审核', role: 'finance_reviewer', unitId: null, passwordHash: await hasher.hash('replica-test-pw-1') });
    await waitForCatchUp();
    dir = mkdtempSync(join(tmpdir(), 'jixiao-replica-'));
    app = await createServer({
      db: database.db.withPlugin(onPrimary.plugin),
      readDb: database.readDb.withPlugin(onReplica.plugin),
      hasher,
      config: { webDistDir: join(dir, 'no-web') },
    });
    await app.ready();
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'finance', password: 'replica-test-pw-1' } });
    expect(login.statusCode).toBe(200);
    cookie = `jx_sid=${login.cookies.find((c) => c.name === 'jx_sid')!.value}`;
    csrf = (login.json() as { csrfToken: string }).csrfToken;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
    replica?.stop();
    primary?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the read pool is connected to the replica (in recovery, its port), the write pool to the primary', async () => {
    const read = await sql<{ port: number; recovery: boolean }>`select inet_server_port() as port, pg_is_in_recovery() as recovery`.execute(database.readDb);
    const write = await sql<{ port: number; recovery: boolean }>`select inet_server_port() as port, pg_is_in_recovery() as recovery`.execute(database.db);
    expect(read.rows[0]).toEqual({ port: replica.port, recovery: true });
    expect(write.rows[0]).toEqual({ port: primary.port, recovery: false });
    await expect(database.readDb.insertInto('audit_head').values({ id: 2, seq: 0, hash: 'x' }).execute()).rejects.toThrow(/read-only/);
  });

  it('list, review queue and department targets read on the replica; a write goes to the primary and is then visible on the replica', async () => {
    const get = async (url: string) => {
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      return res.json() as { total?: number; rows?: { id: string }[] };
    };
    onReplica.count = 0;
    expect((await get('/api/projects?limit=10')).total).toBe(0);
    await get('/api/review-queue?limit=10');
    await get('/api/department-targets');
    // page + totals twice, and the department targets: all on the replica (only the session lookup on the primary).
    expect(onReplica.count).toBeGreaterThanOrEqual(5);

    const stored = await createDraftProject(database.db, unitId, makeProject('复制可见性测试项目'), 'test');
    const before = { primary: onPrimary.count, replica: onReplica.count };
    const comment = await app.inject({ method: 'POST', url: `/api/projects/${stored.id}/comments`, headers: { cookie, 'x-csrf-token': csrf }, payload: { text: '请补充数量指标' } });
    expect(comment.statusCode, comment.body).toBe(201);
    expect(onReplica.count).toBe(before.replica);
    expect(onPrimary.count).toBeGreaterThan(before.primary);
    const onPrimaryRows = await database.db.selectFrom('project_comments').select('text').where('project_id', '=', stored.id).execute();
    expect(onPrimaryRows).toEqual([{ text: '请补充数量指标' }]);

    await waitForCatchUp();
    const page = await get('/api/projects?limit=10');
    expect(page.total).toBe(1);
    expect(page.rows?.map((r) => r.id)).toEqual([stored.id]);
    const onReplicaRows = await database.readDb.selectFrom('project_comments').select('text').where('project_id', '=', stored.id).execute();
    expect(onReplicaRows).toEqual([{ text: '请补充数量指标' }]);
  });
});
