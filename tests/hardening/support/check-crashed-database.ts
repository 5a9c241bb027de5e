import BetterSqlite3 from 'better-sqlite3';
import type { Project } from '@jixiao/core';
import { verifyAuditChain, type Database } from '@jixiao/storage';
import type { CrashSetup } from './crash-setup';

/** Writes a killed worker acknowledged (lines `import|save|transition …` it printed after each commit). */
export interface Acknowledged {
  readonly imports: string[];
  readonly saves: { id: string; version: number; mark: string }[];
  readonly transitions: { id: string; version: number; status: string }[];
}

export function createAcknowledged(): Acknowledged {
  return { imports: [], saves: [], transitions: [] };
}

/** Adds the acknowledgement lines of one worker's stdout. */
export function readAcknowledgements(stdout: string, into: Acknowledged): void {
  for (const line of stdout.split('\n')) {
    const [what, a, b, ...rest] = line.split(' ');
    if (what === 'import' && a) into.imports.push(a);
    else if (what === 'save' && a && b) into.saves.push({ id: a, version: Number(b), mark: rest.join(' ') });
    else if (what === 'transition' && a && b) into.transitions.push({ id: a, version: Number(b), status: rest.join(' ') });
  }
}

/**
 * Everything a crash must leave true, as a list of problems (empty = consistent):
 * SQLite integrity_check and foreign_key_check; no orphan rows; every project's versions 1..n
 * without gaps and its indicators as in its document; every import whole or absent (each tag's
 * projects all there or none) with one batch row and one audit entry per import; every
 * acknowledged save and transition present; the audit chain verifying and holding one entry per
 * save or transition of the seeded projects, and one comment per 退回; the write counts returned.
 */
export async function checkCrashedDatabase(database: Database, setup: CrashSetup, acked: Acknowledged, sqliteFile?: string): Promise<{ problems: string[]; savesLost: number }> {
  const problems: string[] = [];
  let savesLost = 0;
  if (sqliteFile) {
    const sqlite = new BetterSqlite3(sqliteFile, { readonly: true });
    try {
      const integrity = sqlite.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
      const fk = sqlite.pragma('foreign_key_check') as unknown[];
      if (fk.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(fk).slice(0, 300)}`);
    } finally {
      sqlite.close();
    }
  }
  const db = database.db;
  const chain = await verifyAuditChain(db);
  if (chain !== null) problems.push(`audit chain: ${JSON.stringify(chain)}`);

  const orphanVersions = await db.selectFrom('project_versions as v').leftJoin('projects as p', 'p.id', 'v.project_id').where('p.id', 'is', null).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const orphanIndicators = await db.selectFrom('indicators as i').leftJoin('projects as p', 'p.id', 'i.project_id').where('p.id', 'is', null).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(orphanVersions.n) + Number(orphanIndicators.n) > 0) problems.push(`orphans: ${Number(orphanVersions.n)} versions, ${Number(orphanIndicators.n)} indicators`);

  const projects = await db.selectFrom('projects').select(['id', 'name', 'version', 'document']).execute();
  const versions = await db.selectFrom('project_versions').select(['project_id', 'version', 'status', 'document', 'change_note']).execute();
  const indicatorCounts = await db.selectFrom('indicators').select(['project_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('project_id').execute();
  const indicatorsOf = new Map(indicatorCounts.map((r) => [r.project_id, Number(r.n)]));
  const versionsOf = new Map<string, typeof versions>();
  for (const v of versions) versionsOf.set(v.project_id, [...(versionsOf.get(v.project_id) ?? []), v]);
  const tags = new Map<string, number>();
  for (const p of projects) {
    const numbers = (versionsOf.get(p.id) ?? []).map((v) => Number(v.version)).sort((a, b) => a - b);
    if (numbers.join(',') !== Array.from({ length: Number(p.version) }, (_, k) => k + 1).join(',')) problems.push(`${p.name}: version ${Number(p.version)}, version rows ${numbers.join(',')}`);
    const doc = JSON.parse(p.document) as Project;
    if ((indicatorsOf.get(p.id) ?? 0) !== doc.indicators.length) problems.push(`${p.name}: ${indicatorsOf.get(p.id) ?? 0} indicator rows, ${doc.indicators.length} in its document`);
    const tag = /〔([^〕]+)〕$/.exec(p.name)?.[1];
    if (tag) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  for (const [tag, n] of tags) if (n !== setup.projectsPerImport) problems.push(`import ${tag} half there: ${n} of ${setup.projectsPerImport} projects`);
  const batches = await db.selectFrom('import_batches').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const importAudits = await db.selectFrom('audit_log').where('action', '=', 'import.batch').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(batches.n) !== tags.size || Number(importAudits.n) !== tags.size) problems.push(`imports: ${tags.size} whole, ${Number(batches.n)} batch rows, ${Number(importAudits.n)} audit entries`);
  for (const tag of acked.imports) {
    if (tags.get(tag) !== setup.projectsPerImport) {
      problems.push(`acknowledged import ${tag} missing`);
      savesLost++;
    }
  }

  const byKey = new Map(versions.map((v) => [`${v.project_id}@${Number(v.version)}`, v]));
  for (const s of acked.saves) {
    const v = byKey.get(`${s.id}@${s.version}`);
    if (!v || JSON.stringify((JSON.parse(v.document) as Project).goals) !== JSON.stringify([s.mark])) {
      problems.push(`acknowledged save ${s.mark} (${s.id} v${s.version}) missing`);
      savesLost++;
    }
  }
  for (const t of acked.transitions) {
    const v = byKey.get(`${t.id}@${t.version}`);
    if (!v || v.status !== t.status) {
      problems.push(`acknowledged transition ${t.id} v${t.version} → ${t.status} missing`);
      savesLost++;
    }
  }

  const audits = await db
    .selectFrom('audit_log')
    .where('action', 'in', ['project.update', 'project.transition'])
    .select(['entity_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('entity_id')
    .execute();
  const auditsOf = new Map(audits.map((a) => [a.entity_id, Number(a.n)]));
  const comments = await db.selectFrom('project_comments').select(['project_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('project_id').execute();
  const commentsOf = new Map(comments.map((c) => [c.project_id, Number(c.n)]));
  for (const id of [...setup.saveProjects, ...setup.transitionProjects]) {
    const rows = versionsOf.get(id) ?? [];
    if ((auditsOf.get(id) ?? 0) !== rows.length - 1) problems.push(`project ${id}: ${rows.length} versions but ${auditsOf.get(id) ?? 0} audit entries for its changes`);
    const returns = rows.filter((v) => v.change_note?.startsWith('return')).length;
    if ((commentsOf.get(id) ?? 0) !== returns) problems.push(`project ${id}: ${returns} returns but ${commentsOf.get(id) ?? 0} comments`);
  }
  return { problems, savesLost };
}
