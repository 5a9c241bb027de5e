import type { Migration } from 'kysely';
import { initialSchema } from './0001-initial-schema';
import { commentsAndRejectedStatus } from './0002-comments-and-rejected-status';
import { listCoveringIndexes } from './0003-list-covering-indexes';

/**
 * Every migration, in order. Names sort lexicographically (Kysely runs them in name order), so
 * keep the four-digit prefix. Add a migration: write `NNNN-what-it-does.ts` exporting a
 * `Migration`, and append it here. Never edit or rename one that has shipped.
 */
export function listMigrations(): Record<string, Migration> {
  return {
    '0001-initial-schema': initialSchema,
    '0002-comments-and-rejected-status': commentsAndRejectedStatus,
    '0003-list-covering-indexes': listCoveringIndexes,
  };
}
