import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startPgCluster } from '../scripts/lib/pg-cluster.mjs';

export interface BenchPostgres {
  /** A fresh, empty database on the cluster; dropped by `close()`. */
  createDatabase(prefix: string): Promise<string>;
  /** Where the server runs: 'DATABASE_URL', 'JIXIAO_TEST_PG_URL' or 'private cluster'. */
  readonly source: string;
  close(): Promise<void>;
}

/**
 * PostgreSQL for the benchmarks: the cluster at DATABASE_URL or JIXIAO_TEST_PG_URL (databases
 * created and dropped there), else a private cluster started like scripts/test.mjs does.
 */
export async function openBenchPostgres(): Promise<BenchPostgres> {
  const given = process.env.DATABASE_URL ?? process.env.JIXIAO_TEST_PG_URL;
  const cluster = given ? null : await startPgCluster({ name: 'jixiao-bench' });
  const adminUrl = given ?? cluster!.url;
  const created: string[] = [];
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    // JIXIAO_BENCH_PG_SOURCE: set by bench/run.ts when it started the cluster for every suite.
    source: process.env.DATABASE_URL ? 'DATABASE_URL' : (process.env.JIXIAO_BENCH_PG_SOURCE ?? (given ? 'JIXIAO_TEST_PG_URL' : 'private cluster')),
    async createDatabase(prefix) {
      const name = `${prefix}_${randomBytes(4).toString('hex')}`;
      await admin((c) => c.query(`create database ${name}`));
      created.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async close() {
      for (const name of created) await admin((c) => c.query(`drop database if exists ${name} with (force)`)).catch(() => undefined);
      cluster?.stop();
    },
  };
}
