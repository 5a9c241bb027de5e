import { openDatabase, type Database } from '@jixiao/storage';

/** Opens the configured database (JIXIAO_DB, DATABASE_URL, or ./data/jixiao.db), migrated, and closes it after. */
export async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ migrate: true });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}
