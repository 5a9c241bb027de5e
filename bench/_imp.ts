import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { generatedBatchesSource, loadDatasetModel } from '@jixiao/app';
import { generateUnitTree } from '@jixiao/core';
import { bulkInsertProjectStream, findOrCreateUnit, openDatabase } from '@jixiao/storage';
const model = await loadDatasetModel('/work/main/fixtures/samples');
const tree = generateUnitTree(model, 200);
for (let k = 0; k < 2; k++) {
  const url = process.env.PGURL;
  const db = url ? await openDatabase({ databaseUrl: url, migrate: true, env: {} }) : await openDatabase({ sqlitePath: join(mkdtempSync(join(tmpdir(), 'imp-')), 'a.db'), migrate: true, env: {} });
  if (process.env.PRAGMAS && db.sqlite) for (const p of process.env.PRAGMAS.split(';')) db.sqlite.pragma(p);
  const ids = new Map<string, string>();
  for (const u of tree) { const unit = await findOrCreateUnit(db.db, { code: u.code, name: u.name, parentId: u.parentCode ? ids.get(u.parentCode) ?? null : null, kind: u.kind, regionCode: u.regionCode }); ids.set(u.code, unit.id); }
  const t0 = performance.now();
  if (process.env.CKPT && db.sqlite) db.sqlite.pragma('wal_autocheckpoint = ' + process.env.CKPT);
  await bulkInsertProjectStream(db, generatedBatchesSource({ model, tree, unitIds: ids, plan: { projects: 20000, years: 2 }, seed: 11 + k, batchSize: 2000 }), { actor: 'bench' });
  const t1 = performance.now();
  if (process.env.CKPT && db.sqlite) { db.sqlite.pragma('wal_autocheckpoint = 1000'); db.sqlite.pragma('wal_checkpoint(PASSIVE)'); }
  console.error('final checkpoint', Math.round(performance.now() - t1));
  console.error('total', Math.round(performance.now() - t0));
  await db.close();
}
