// A child process for the crash-safety test: it writes to a database in a loop (imports, saves,
// workflow transitions) or migrates a fresh one, acknowledging each committed write on stdout,
// until the test kills it with SIGKILL. Bundled once by buildCrashWorker (esbuild) so that it
// starts in a fraction of a second; it imports single use-case files, not the package indexes
// (which would load the document readers and renderers).
//
// Environment: CRASH_KIND (import | save | transition | migration), CRASH_SQLITE (file) or
// CRASH_PG_URL, CRASH_SETUP (JSON file of CrashSetup).
import { readFileSync, writeSync } from 'node:fs';
import type { ImportedDocument } from '@jixiao/core';
import { getProject, migrateToLatest, openDatabase, saveImportedDocument } from '@jixiao/storage';
import type { Actor } from '../../../packages/app/src/actor';
import { saveProject } from '../../../packages/app/src/save-project';
import { transitionProject } from '../../../packages/app/src/transition-project';
import type { CrashSetup } from './crash-setup';

/** One line on stdout, written synchronously: a line printed is a write already committed. */
function acknowledge(line: string): void {
  writeSync(1, `${line}\n`);
}

function actorOf(setup: CrashSetup, who: 'preparer' | 'unitHead' | 'reviewer'): Actor {
  const user = setup.users[who];
  const unitIds = who === 'reviewer' ? [setup.units.A, setup.units.A1] : [setup.units.A1];
  return { userId: user.id, username: user.username, displayName: user.username, role: user.role, unitId: user.unitId, unitName: null, scope: { all: false, unitIds: new Set(unitIds) } };
}

async function runCrashWorker(): Promise<void> {
  const kind = process.env.CRASH_KIND;
  const setup = JSON.parse(readFileSync(process.env.CRASH_SETUP ?? '', 'utf8')) as CrashSetup;
  const database = process.env.CRASH_PG_URL
    ? await openDatabase({ databaseUrl: process.env.CRASH_PG_URL, env: {}, poolSize: 2 })
    : await openDatabase({ sqlitePath: process.env.CRASH_SQLITE ?? '', env: {} });
  const db = database.db;
  if (kind === 'migration') {
    acknowledge('ready');
    await migrateToLatest(db);
    acknowledge('done');
    await database.close();
    return;
  }
  const doc = kind === 'import' ? (JSON.parse(readFileSync(setup.documentFile, 'utf8')) as ImportedDocument) : null;
  const preparer = actorOf(setup, 'preparer');
  const unitHead = actorOf(setup, 'unitHead');
  const reviewer = actorOf(setup, 'reviewer');
  // Connected (the PostgreSQL pool connects lazily) before saying ready: kills land among writes.
  await getProject(db, setup.saveProjects[0]!);
  acknowledge('ready');
  for (let n = 0; ; n++) {
    const tag = `${process.pid}-${n}`;
    if (doc) {
      // Each import creates its own projects (the tag is in every name, hence in every natural key).
      const tagged: ImportedDocument = { ...doc, projects: doc.projects.map((p) => ({ ...p, name: `${p.name}〔${tag}〕` })) };
      const result = await saveImportedDocument(db, tagged, { fileSha256: tag.padStart(64, '0'), actor: 'crash-import' });
      acknowledge(`import ${tag} ${result.created}`);
    } else if (kind === 'save') {
      const id = setup.saveProjects[n % setup.saveProjects.length]!;
      const stored = await getProject(db, id);
      if (!stored) throw new Error(`no project ${id}`);
      const mark = `崩溃保存${tag}`;
      const saved = await saveProject(db, preparer, id, stored.version, { ...stored.project, goals: [mark] });
      acknowledge(`save ${id} ${saved.version} ${mark}`);
    } else if (kind === 'transition') {
      const id = setup.transitionProjects[n % setup.transitionProjects.length]!;
      const stored = await getProject(db, id);
      if (!stored) throw new Error(`no project ${id}`);
      const moved =
        stored.status === 'submitted'
          ? await transitionProject(db, reviewer, id, { version: stored.version, action: 'return', comment: `退回${tag}` })
          : await transitionProject(db, unitHead, id, { version: stored.version, action: 'submit' });
      acknowledge(`transition ${id} ${moved.version} ${moved.status}`);
    } else {
      throw new Error(`unknown CRASH_KIND ${String(kind)}`);
    }
  }
}

await runCrashWorker();
