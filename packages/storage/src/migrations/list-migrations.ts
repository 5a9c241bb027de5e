import type { Migration } from 'kysely';
import { libraryCuration } from './0007-library-curation';
import { partitionByFiscalYear } from './0008-partition-by-fiscal-year';
import { monitoringProfiles } from './0009-monitoring-profiles';
import { projectTotals } from './0010-project-totals';
import { yearOrderIndex } from './0011-year-order-index';
import { initialSchema } from './0001-initial-schema';
import { commentsAndRejectedStatus } from './0002-comments-and-rejected-status';
import { listCoveringIndexes } from './0003-list-covering-indexes';
import { monitoring } from './0004-monitoring';
import { selfEvaluation } from './0005-self-evaluation';
import { disclosures } from './0006-disclosures';

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
    '0004-monitoring': monitoring,
    '0005-self-evaluation': selfEvaluation,
    '0006-disclosures': disclosures,
    '0007-library-curation': libraryCuration,
    '0008-partition-by-fiscal-year': partitionByFiscalYear,
    '0009-monitoring-profiles': monitoringProfiles,
    '0010-project-totals': projectTotals,
    '0011-year-order-index': yearOrderIndex,
  };
}
