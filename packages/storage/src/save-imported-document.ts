import type { ImportedDocument, Project } from '@jixiao/core';
import type { Kysely } from 'kysely';
import { appendAudit } from './append-audit';
import { canonicalizeJson } from './canonicalize-json';
import { computeContentFingerprint } from './compute-content-fingerprint';
import {
  computeDepartmentTargetNaturalKey,
  computeProjectNaturalKey,
  createKeyDeduplicator,
} from './compute-project-natural-key';
import { createId } from './create-id';
import { insertProject } from './insert-project';
import { createUnitResolver, type UnitHint } from './create-unit-resolver';
import { runInTransaction } from './run-in-transaction';
import { saveDepartmentTarget, type SaveOutcome } from './save-department-target';
import type { Schema } from './schema';
import { writeProjectDocument } from './write-project-document';

export interface SaveImportOptions {
  readonly fileSha256: string;
  readonly actor: string;
  /** Unit for projects whose document names none. */
  readonly unitHint?: UnitHint;
  /** Fiscal year for projects whose document states none. */
  readonly fiscalYearHint?: number;
}

export interface SaveImportResult {
  readonly batchId: string;
  /** Project counts. */
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly departmentTargets: { readonly created: number; readonly updated: number; readonly unchanged: number };
  /** The stored project ids, in document order. */
  readonly projectIds: readonly string[];
}

/**
 * Stores one recognised document in a single transaction (any error rolls everything back): units
 * from 主管部门/预算单位, projects upserted by natural key (identical → untouched; changed → version
 * + 1 with a version row; new → version 1), department targets, the import batch and audit
 * entries. Re-importing a file adds a batch row but never duplicates projects. A re-import keeps
 * the stored project's status.
 */
export async function saveImportedDocument(
  db: Kysely<Schema>,
  doc: ImportedDocument,
  opts: SaveImportOptions,
): Promise<SaveImportResult> {
  return runInTransaction(db, async (trx) => {
    const at = new Date().toISOString();
    const batchId = createId();
    const resolveUnit = createUnitResolver(trx, opts.unitHint);
    const dedupe = createKeyDeduplicator();
    const counts: Record<SaveOutcome, number> = { created: 0, updated: 0, unchanged: 0 };
    const projectIds: string[] = [];
    let firstUnitId: string | null = null;
    for (const project of doc.projects) {
      const unitId = await resolveUnit(project);
      firstUnitId ??= unitId;
      const fiscalYear = project.fiscalYear ?? opts.fiscalYearHint ?? null;
      const naturalKey = dedupe(computeProjectNaturalKey(unitId, fiscalYear, project));
      const { id, outcome, version } = await upsertProject(trx, {
        unitId,
        fiscalYear,
        naturalKey,
        project,
        actor: opts.actor,
        at,
        note: `import ${batchId}`,
      });
      counts[outcome]++;
      projectIds.push(id);
      if (outcome !== 'unchanged') {
        await appendAudit(trx, {
          actor: opts.actor,
          action: outcome === 'created' ? 'project.create' : 'project.update',
          entity: 'project',
          entityId: id,
          detail: { batchId, version, naturalKey },
          at: new Date(at),
        });
      }
    }
    const targetCounts: Record<SaveOutcome, number> = { created: 0, updated: 0, unchanged: 0 };
    const dedupeTargets = createKeyDeduplicator();
    for (const target of doc.departmentTargets) {
      // A department target names its unit by code at most; else it belongs with the document's projects.
      const unitId = target.unitCode ? await resolveUnit({ unitCode: target.unitCode }) : (firstUnitId ?? (await resolveUnit({})));
      const fiscalYear = target.fiscalYear ?? opts.fiscalYearHint ?? null;
      const naturalKey = dedupeTargets(computeDepartmentTargetNaturalKey(unitId, fiscalYear, target.name));
      const saved = await saveDepartmentTarget(trx, { unitId, fiscalYear, naturalKey, target, at });
      targetCounts[saved.outcome]++;
      if (saved.outcome !== 'unchanged') {
        await appendAudit(trx, {
          actor: opts.actor,
          action: `department-target.${saved.outcome === 'created' ? 'create' : 'update'}`,
          entity: 'department_target',
          entityId: saved.id,
          detail: { batchId, version: saved.version },
          at: new Date(at),
        });
      }
    }
    const errors = doc.issues.filter((i) => i.severity === 'error').length;
    await trx
      .insertInto('import_batches')
      .values({
        id: batchId,
        file_name: doc.file,
        file_sha256: opts.fileSha256,
        format: doc.format,
        layout: doc.layout,
        imported_at: at,
        imported_by: opts.actor,
        project_count: doc.projects.length,
        issue_count: doc.issues.length,
        report: canonicalizeJson({ issues: doc.issues, stats: doc.stats, projects: counts, departmentTargets: targetCounts }),
      })
      .execute();
    await appendAudit(trx, {
      actor: opts.actor,
      action: 'import.batch',
      entity: 'import_batch',
      entityId: batchId,
      detail: { file: doc.file, sha256: opts.fileSha256, ...counts, issues: doc.issues.length, errors },
      at: new Date(at),
    });
    return { batchId, ...counts, departmentTargets: targetCounts, projectIds };
  });
}

interface ProjectUpsert {
  readonly unitId: string;
  readonly fiscalYear: number | null;
  readonly naturalKey: string;
  readonly project: Project;
  readonly actor: string;
  readonly at: string;
  readonly note: string;
}

async function upsertProject(
  db: Kysely<Schema>,
  u: ProjectUpsert,
): Promise<{ id: string; version: number; outcome: SaveOutcome }> {
  const existing = await db
    .selectFrom('projects')
    .select(['id', 'version', 'document'])
    .where('natural_key', '=', u.naturalKey)
    .executeTakeFirst();
  if (!existing) {
    const id = await insertProject(db, { ...u, changeNote: u.note });
    return { id, version: 1, outcome: 'created' };
  }
  if (computeContentFingerprint(JSON.parse(existing.document)) === computeContentFingerprint(u.project)) {
    return { id: existing.id, version: existing.version, outcome: 'unchanged' };
  }
  const version = await writeProjectDocument(db, {
    id: existing.id,
    expectedVersion: existing.version,
    project: u.project,
    actor: u.actor,
    at: u.at,
    changeNote: u.note,
  });
  return { id: existing.id, version, outcome: 'updated' };
}
