// Connection and schema
export { openDatabase, DEFAULT_SQLITE_PATH, type Database, type DatabaseConfig, type DialectName } from './open-database';
export { migrateToLatest, migrateToEmpty, createMigrator } from './migrate-to-latest';
export { listMigrations } from './migrations/list-migrations';
export * from './schema';

// Ids, errors, helpers
export { createId, createIdGenerator, type IdGenerator } from './create-id';
export { StorageError, isStorageError, type StorageErrorCode } from './storage-error';
export { canonicalizeJson } from './canonicalize-json';
export { runInTransaction } from './run-in-transaction';

// Units
export { findOrCreateUnit, listUnits, type UnitLookup } from './find-or-create-unit';
export { type UnitRecord, type UnitKind } from './unit-record';
export { UNASSIGNED_UNIT_NAME, type UnitHint } from './create-unit-resolver';

// Projects
export { saveImportedDocument, type SaveImportOptions, type SaveImportResult } from './save-imported-document';
export { computeProjectNaturalKey, computeDepartmentTargetNaturalKey } from './compute-project-natural-key';
export { getProject } from './get-project';
export { type StoredProject } from './stored-project';
export { updateProject } from './update-project';
export { setProjectStatus } from './set-project-status';
export {
  listProjects,
  type ProjectFilter,
  type ProjectPage,
  type ProjectSort,
  type ProjectSortField,
  type ProjectSummary,
} from './list-projects';
export {
  listProjectVersions,
  getProjectVersion,
  type ProjectVersion,
  type ProjectVersionSummary,
} from './list-project-versions';
export { bulkInsertProjects, type BulkProject, type BulkInsertResult } from './bulk-insert-projects';

// Audit
export { appendAudit, type AuditEntry, type AuditInput } from './append-audit';
export { verifyAuditChain } from './verify-audit-chain';
export { GENESIS_HASH } from './genesis-hash';

// Web application: comments, accounts, sessions, administration (migration 0002)
export { addProjectComment, type NewProjectComment } from './add-project-comment';
export { listProjectComments } from './list-project-comments';
export { type ProjectComment } from './project-comment';
export { findUserByUsername, findUserById, listUsers, countUsers } from './find-user';
export { insertUser, updateUser, type NewUser, type UserChanges } from './save-user';
export { type UserRecord } from './user-record';
export {
  insertSession,
  findSessionWithUser,
  deleteSession,
  deleteUserSessions,
  deleteExpiredSessions,
  type SessionRecord,
} from './session-store';
export { listAuditEntries, type AuditFilter } from './list-audit-entries';
export {
  listDepartmentTargets,
  getDepartmentTarget,
  type DepartmentTargetSummary,
  type StoredDepartmentTarget,
  type DepartmentTargetFilter,
} from './list-department-targets';
export { updateUnit, type UnitChanges } from './update-unit';
export { createDraftProject } from './create-draft-project';
export { countProjects } from './count-projects';
export { getProjects } from './get-projects';
export { backupDatabase, restoreDatabase, countStoredRows, resolveDatabaseTarget, findPgTool, type DatabaseTarget } from './backup-database';
