import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase, pgAdminUrl } from '../storage/support/describe-each-dialect';
import { createHardeningCounters, recordHardeningCounters } from './support/record-hardening-counters';

// PostgreSQL ends an idle pooled connection (restart, fail-over, pg_terminate_backend): the process
// must survive it (an `error` event without a listener would be thrown and end it) and the next
// query must get a new connection. Found when a shared test cluster's administrator ended sessions
// in the middle of `npm run hardening`.
const counters = createHardeningCounters();
afterAll(() => recordHardeningCounters('pg-connection-loss', counters));

const run = pgAdminUrl ? describe : describe.skip;
run('PostgreSQL: a pooled connection ended by the server', () => {
  it('does not take the process down, and the next query connects anew', async () => {
    const opened = await openTestDatabase('postgres');
    try {
      const db = opened.database.db;
      const pidOf = async (): Promise<number> => Number((await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]!.pid);
      const before = await pidOf();
      const admin = new pg.Client({ connectionString: pgAdminUrl });
      await admin.connect();
      try {
        const ended = await admin.query<{ ok: boolean }>('select pg_terminate_backend($1) as ok', [before]);
        expect(ended.rows[0]?.ok).toBe(true);
      } finally {
        await admin.end();
      }
      counters.payloadsTried++;
      // Give the pool time to notice the closed connection (its idle client emits the error then).
      await new Promise((resolveWait) => setTimeout(resolveWait, 500));
      const after = await pidOf();
      counters.requestsAttacked++;
      expect(after).not.toBe(before);
    } finally {
      await opened.cleanup();
    }
  });
});
