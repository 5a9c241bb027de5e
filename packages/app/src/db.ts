import type { Database } from '@jixiao/storage';

/** The Kysely handle the use cases run on (a transaction is one too). */
export type Db = Database['db'];
