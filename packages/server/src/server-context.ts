import type { Db, ImportTokenStore, LoginThrottle, PasswordHasher } from '@jixiao/app';
import type { ServerConfig } from './server-config';

/** What every route handler may use: the database, ports and per-process state. */
export interface ServerContext {
  readonly db: Db;
  /**
   * Where read-only reports, lists and dashboards run: the replica pool when DATABASE_READ_URL is
   * set (storage `Database.readDb`), else the same handle as `db`. Writes always use `db`.
   */
  readonly readDb: Db;
  readonly hasher: PasswordHasher;
  readonly throttle: LoginThrottle;
  readonly importTokens: ImportTokenStore;
  readonly config: ServerConfig;
  /** A hash of a random password, verified against for unknown usernames (equal timing). */
  readonly dummyHash: string;
}
