import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import {
  createDisclosure,
  findDisclosure,
  findOrCreateUnit,
  getDisclosure,
  getDisclosureVersion,
  isStorageError,
  listAuditEntries,
  listDisclosures,
  listDisclosureVersions,
  publishDisclosure,
  saveDisclosure,
  verifyAuditChain,
} from '@jixiao/storage';
import { describeEachDialect } from './support/describe-each-dialect';

async function catchError(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

const DOC_V1 = { department: { name: '某市医疗保障局' }, lines: [{ functionCode: '2101501', amount: 1_234_500 }] };
const DOC_V2 = { department: { name: '某市医疗保障局' }, lines: [{ functionCode: '2101501', amount: 2_000_000 }] };

describeEachDialect('disclosures (migration 0006)', (ctx) => {
  let unitId = '';
  let otherUnitId = '';
  beforeAll(async () => {
    unitId = (await findOrCreateUnit(ctx.database.db, { code: '481', name: '某市医疗保障局', kind: 'department' })).id;
    otherUnitId = (await findOrCreateUnit(ctx.database.db, { code: '482', name: '某市财政局', kind: 'department' })).id;
  });

  it('creates one disclosure per unit and year, refusing a second', async () => {
    const { db } = ctx.database;
    const created = await createDisclosure(db, { unitId, fiscalYear: 2025, template: 'shaanxi-16', document: DOC_V1, actor: 'alice' });
    expect(created).toMatchObject({ unitId, unitName: '某市医疗保障局', fiscalYear: 2025, template: 'shaanxi-16', status: 'draft', version: 1, publishedVersion: null, createdBy: 'alice' });
    expect(created.document).toEqual(DOC_V1);
    const again = await catchError(createDisclosure(db, { unitId, fiscalYear: 2025, template: 'core-8', document: DOC_V2, actor: 'bob' }));
    expect(isStorageError(again, 'invalid-argument')).toBe(true);
    expect((await findDisclosure(db, unitId, 2025))?.id).toBe(created.id);
    expect(await findDisclosure(db, unitId, 2024)).toBeNull();
    await createDisclosure(db, { unitId: otherUnitId, fiscalYear: 2025, template: 'core-8', document: DOC_V1, actor: 'carol' });
    expect((await listDisclosures(db, { fiscalYear: 2025 })).map((d) => d.unitName).sort()).toEqual(['某市医疗保障局', '某市财政局'].sort());
    expect((await listDisclosures(db, { unitIds: [otherUnitId] })).map((d) => d.unitId)).toEqual([otherUnitId]);
    expect(await listDisclosures(db, { unitIds: [] })).toEqual([]);
  });

  it('saves with the version read; a stale save is a version-conflict naming the current version', async () => {
    const { db } = ctx.database;
    const d = (await findDisclosure(db, unitId, 2025))!;
    const saved = await saveDisclosure(db, d.id, 1, { template: 'shaanxi-16', document: DOC_V2, actor: 'bob' });
    expect(saved).toMatchObject({ version: 2, status: 'draft', updatedBy: 'bob' });
    const stale = await catchError(saveDisclosure(db, d.id, 1, { template: 'shaanxi-16', document: DOC_V1, actor: 'alice' }));
    expect(isStorageError(stale, 'version-conflict')).toBe(true);
    expect((stale as { params: { currentVersion: number } }).params.currentVersion).toBe(2);
    expect((await getDisclosure(db, d.id))!.document).toEqual(DOC_V2);
    const missing = await catchError(saveDisclosure(db, 'no-such-id', 1, { template: 'core-8', document: DOC_V1, actor: 'x' }));
    expect(isStorageError(missing, 'not-found')).toBe(true);
  });

  it('publishes a frozen version; an edit afterwards makes a new draft and leaves the published one unchanged', async () => {
    const { db } = ctx.database;
    const d = (await findDisclosure(db, unitId, 2025))!;
    const published = await publishDisclosure(db, d.id, 2, 'head');
    expect(published).toMatchObject({ status: 'published', version: 2, publishedVersion: 2, publishedBy: 'head' });
    const twice = await catchError(publishDisclosure(db, d.id, 2, 'head'));
    expect(isStorageError(twice, 'invalid-argument')).toBe(true);

    const frozenUpdate = await catchError(
      db.updateTable('disclosure_versions').set({ document: '{}' }).where('disclosure_id', '=', d.id).where('version', '=', 2).execute(),
    );
    expect(String(frozenUpdate)).toMatch(/immutable/);
    const frozenDelete = await catchError(sql`delete from disclosure_versions where disclosure_id = ${d.id} and version = 2`.execute(db));
    expect(String(frozenDelete)).toMatch(/immutable/);

    const edited = await saveDisclosure(db, d.id, 2, { template: 'shaanxi-16', document: DOC_V1, actor: 'bob' });
    expect(edited).toMatchObject({ status: 'draft', version: 3, publishedVersion: 2 });
    expect((await getDisclosureVersion(db, d.id, 2))).toMatchObject({ status: 'published', publishedBy: 'head', document: DOC_V2 });
    expect((await listDisclosureVersions(db, d.id)).map((v) => [v.version, v.status])).toEqual([
      [3, 'draft'],
      [2, 'published'],
      [1, 'draft'],
    ]);
    // Draft versions are history too, but only published ones are protected by the triggers.
    const stalePublish = await catchError(publishDisclosure(db, d.id, 2, 'head'));
    expect(isStorageError(stalePublish, 'version-conflict')).toBe(true);
  });

  it('audits every write in the hash chain', async () => {
    const { db } = ctx.database;
    const d = (await findDisclosure(db, unitId, 2025))!;
    const entries = await listAuditEntries(db, { entity: 'disclosure', entityId: d.id, limit: 20 });
    expect(entries.map((e) => e.action).reverse()).toEqual(['disclosure.create', 'disclosure.update', 'disclosure.publish', 'disclosure.update']);
    expect(await verifyAuditChain(db)).toBeNull();
  });
});
