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
export { listUnitSubtree } from './list-unit-subtree';
export { readUnit } from './read-unit';
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
export { bulkInsertProjectStream, type BulkStreamOptions } from './bulk-insert-project-stream';
export type { BulkBatches, WorkerBatchSource } from './worker-batch-source';

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
export { saveDepartmentTarget, type DepartmentTargetWrite } from './save-department-target';
export { updateUnit, type UnitChanges } from './update-unit';
export { createDraftProject } from './create-draft-project';
export { countProjects } from './count-projects';
export { getProjects } from './get-projects';
export { backupDatabase, restoreDatabase, countStoredRows, resolveDatabaseTarget, findPgTool, type DatabaseTarget } from './backup-database';

// Self-evaluation (绩效自评, migration 0005)
export { getSelfEvaluation, getSelfEvaluations, listScoreOverrides } from './get-self-evaluation';
export { saveSelfEvaluation, type SelfEvaluationInput } from './save-self-evaluation';
export { addScoreOverride, type NewScoreOverride } from './add-score-override';
export * from './self-evaluation-record';

// Department budget disclosures (部门预算公开, migration 0006)
export { createDisclosure, type NewDisclosure } from './create-disclosure';
export { saveDisclosure, type DisclosureChange } from './save-disclosure';
export { publishDisclosure } from './publish-disclosure';
export { getDisclosure, findDisclosure } from './get-disclosure';
export { listDisclosures, type DisclosureFilter } from './list-disclosures';
export { listDisclosureVersions, getDisclosureVersion } from './list-disclosure-versions';
export * from './stored-disclosure';

// Indicator library curation (migration 0007)
export * from './library-entry-record';
export { insertLibraryEntry, updateLibraryEntry, getLibraryEntry, listLibraryEntries } from './save-library-entry';
export { insertLibraryChangeRequest, getLibraryChangeRequest, listLibraryChangeRequests, decideLibraryChangeRequest, type NewLibraryChangeRequest } from './library-change-requests';
export { listLibraryUnitPublications, setLibraryUnitPublication, readLibraryStamp, type LibraryUnitPublication } from './library-unit-publications';
export { type LibraryEntriesTable, type LibraryChangeRequestsTable, type LibraryUnitPublicationsTable } from './library-curation-tables';

// 双监控 (migration 0004)
export { insertExecutionEntries, deleteExecutionEntry, listExecutionEntries, type ExecutionEntry, type NewExecutionEntry } from './execution-entry-store';
export { getMonitoringPlans, saveMonitoringPlan, type MonitoringPlan } from './monitoring-plan-store';
export {
  findInheritedMonitoringProfiles,
  getMonitoringProfile,
  saveMonitoringProfile,
  type InheritedMonitoringProfile,
  type StoredMonitoringProfile,
} from './monitoring-profile-store';
export type { MonitoringProfilesTable } from './monitoring-profile-tables';
export { listCheckpoints, saveCheckpoint, type StoredCheckpoint, type CheckpointInput } from './checkpoint-store';
export type { ExecutionEntriesTable, MonitoringPlansTable, MonitoringCheckpointsTable, CheckpointIndicatorsTable } from './monitoring-tables';
