import { expect, it } from 'vitest';
import {
  decideLibraryChangeRequest,
  findOrCreateUnit,
  getLibraryEntry,
  insertLibraryChangeRequest,
  insertLibraryEntry,
  isStorageError,
  listLibraryChangeRequests,
  listLibraryEntries,
  listLibraryUnitPublications,
  readLibraryStamp,
  setLibraryUnitPublication,
  updateLibraryEntry,
  type LibraryEntryFields,
} from '@jixiao/storage';
import { describeEachDialect } from './support/describe-each-dialect';

const FIELDS: LibraryEntryFields = {
  clusterId: '服务对象满意度',
  name: '服务对象满意度',
  level1: 'satisfaction',
  level2: 'serviceSatisfaction',
  definition: '受访服务对象中表示满意的比例。',
  formula: '满意人数 ÷ 受访人数 × 100%',
  unit: '%',
  direction: 'higher',
  valueBasis: '历年满意度调查',
  source: '医疗保障经办服务规范',
};

async function rejects(p: Promise<unknown>, code: string): Promise<Record<string, unknown>> {
  try {
    await p;
  } catch (e) {
    expect(isStorageError(e), String(e)).toBe(true);
    expect((e as { code: string }).code).toBe(code);
    return (e as { params: Record<string, unknown> }).params;
  }
  throw new Error(`expected ${code}`);
}

describeEachDialect('library curation storage (migration 0007)', (ctx) => {
  it('stores an entry, publishes it with a version check, and refuses a stale write', async () => {
    const { db } = ctx.database;
    const created = await insertLibraryEntry(db, FIELDS, 'admin1', new Date('2026-01-02T03:04:05Z'));
    expect(created).toMatchObject({ status: 'draft', version: 1, name: '服务对象满意度', direction: 'higher', publishedAt: null });
    const published = await updateLibraryEntry(db, created.id, 1, { status: 'published' }, 'admin1');
    expect(published).toMatchObject({ status: 'published', version: 2, publishedBy: 'admin1' });
    expect(await rejects(updateLibraryEntry(db, created.id, 1, { fields: { unit: '个' } }, 'admin2'), 'version-conflict')).toMatchObject({ currentVersion: 2 });
    await rejects(updateLibraryEntry(db, 'missing', 1, { fields: { unit: '个' } }, 'admin2'), 'not-found');
    expect((await getLibraryEntry(db, created.id))?.unit).toBe('%');
    expect((await listLibraryEntries(db, ['published'])).map((e) => e.id)).toEqual([created.id]);
    expect(await listLibraryEntries(db, ['draft'])).toEqual([]);
  });

  it('keeps change requests with their reason and decides each once', async () => {
    const { db } = ctx.database;
    const entry = await insertLibraryEntry(db, { ...FIELDS, name: '政策知晓率', clusterId: null }, 'admin1');
    const request = await insertLibraryChangeRequest(db, { entryId: entry.id, entryVersion: 1, changes: { formula: '知晓人数 ÷ 受访人数' }, reason: '口径调整', requestedBy: 'u1', requestedByName: '管理员甲' });
    expect(request).toMatchObject({ status: 'pending', reason: '口径调整', changes: { formula: '知晓人数 ÷ 受访人数' } });
    const decided = await decideLibraryChangeRequest(db, request.id, { status: 'rejected', decidedBy: 'u2', decidedByName: '管理员乙', note: '依据不足' });
    expect(decided).toMatchObject({ status: 'rejected', decidedByName: '管理员乙', decisionNote: '依据不足' });
    await rejects(decideLibraryChangeRequest(db, request.id, { status: 'approved', decidedBy: 'u2', decidedByName: '管理员乙', note: null }), 'version-conflict');
    expect((await listLibraryChangeRequests(db, { entryId: entry.id })).map((r) => r.status)).toEqual(['rejected']);
    expect(await listLibraryChangeRequests(db, { entryId: entry.id, status: 'pending' })).toEqual([]);
  });

  it('publishes a unit idempotently and moves the library stamp', async () => {
    const { db } = ctx.database;
    const unit = await findOrCreateUnit(db, { code: '701', name: '乙市医疗保障局', kind: 'department' });
    const before = await readLibraryStamp(db);
    expect(await setLibraryUnitPublication(db, unit.id, true, 'admin1')).toBe(true);
    expect(await setLibraryUnitPublication(db, unit.id, true, 'admin1')).toBe(false);
    expect((await listLibraryUnitPublications(db)).map((p) => p.unitId)).toEqual([unit.id]);
    const after = await readLibraryStamp(db);
    expect(after.curation).not.toBe(before.curation);
    expect(after.projects).toBe(0);
    expect(await setLibraryUnitPublication(db, unit.id, false, 'admin1')).toBe(true);
    expect(await listLibraryUnitPublications(db)).toEqual([]);
  });
});
