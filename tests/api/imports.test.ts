import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '@jixiao/storage';
import { createArgon2Hasher } from '@jixiao/server';
import { createTestApp, PASSWORD, type Session, type TestApp } from './support/create-test-app';
import { multipart } from './support/multipart';

let t: TestApp;
let admin: Session;
const sample = (name: string) => readFileSync(`fixtures/samples/${name}`);

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const counts = async () => {
  const n = async (table: 'projects' | 'import_batches' | 'units' | 'audit_log') =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { projects: await n('projects'), batches: await n('import_batches'), units: await n('units'), audit: await n('audit_log') };
};
const preview = (s: Session, name: string, bytes: Uint8Array) => t.request(s, { method: 'POST', url: '/api/imports/preview', ...multipart(name, bytes) });

describe('import preview / confirm / cancel', () => {
  it('previews a sample with used and unplaced lines, writes nothing, then confirm creates the projects', async () => {
    const before = await counts();
    const res = await preview(admin, '000_090c4012b2f0612f.txt', sample('000_090c4012b2f0612f.txt'));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      token: string;
      layout: string;
      projects: { name: string; funds: { total: number | null } }[];
      lines: { line: number | null; status: string; text: string }[];
    };
    expect(body.layout).toBe('declaration-form');
    expect(body.projects).toHaveLength(17);
    const statuses = new Set(body.lines.map((l) => l.status));
    expect(statuses.has('used')).toBe(true);
    expect(statuses.has('boilerplate') || statuses.has('unplaced')).toBe(true);
    expect(body.lines.every((l) => l.text.length > 0)).toBe(true);
    expect(await counts()).toEqual(before);

    const confirm = await t.request(admin, { method: 'POST', url: `/api/imports/${body.token}/confirm` });
    expect(confirm.statusCode, confirm.body).toBe(200);
    expect(confirm.json()).toMatchObject({ created: 17, updated: 0, unchanged: 0 });
    expect((await counts()).projects).toBe(before.projects + 17);
    // A token is used up by its confirmation.
    expect((await t.request(admin, { method: 'POST', url: `/api/imports/${body.token}/confirm` })).statusCode).toBe(404);
  });

  it('cancel writes nothing and the token is gone', async () => {
    const before = await counts();
    const res = await preview(admin, '002.txt', sample('002_958eda048e829117.txt'));
    const { token } = res.json() as { token: string };
    expect((await t.request(admin, { method: 'DELETE', url: `/api/imports/${token}` })).statusCode).toBe(204);
    expect((await t.request(admin, { method: 'POST', url: `/api/imports/${token}/confirm` })).statusCode).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("a token is bound to its user", async () => {
    const res = await preview(admin, '002.txt', sample('002_958eda048e829117.txt'));
    const other = await t.login('preparer');
    expect((await t.request(other, { method: 'POST', url: `/api/imports/${(res.json() as { token: string }).token}/confirm` })).statusCode).toBe(404);
  });

  it('a unit-scoped importer cannot import into another unit: refused, nothing written', async () => {
    const preparer = await t.login('preparer');
    const before = await counts();
    const res = await preview(preparer, '003.txt', sample('003_f299d4d68a831b89.txt'));
    const confirm = await t.request(preparer, { method: 'POST', url: `/api/imports/${(res.json() as { token: string }).token}/confirm` });
    expect(confirm.statusCode).toBe(403);
    expect((confirm.json() as { error: { message: string } }).error.message).toContain('未写入任何数据');
    expect(await counts()).toEqual(before);
  });

  it('a preparer of the unit named in the file can import it', async () => {
    const first = await preview(admin, '003.txt', sample('003_f299d4d68a831b89.txt'));
    await t.request(admin, { method: 'POST', url: `/api/imports/${(first.json() as { token: string }).token}/confirm` });
    const unit = await t.database.db.selectFrom('units').select('id').where('code', '=', '481001').executeTakeFirstOrThrow();
    await insertUser(t.database.db, { username: 'menyuan', displayName: '门源填报', role: 'preparer', unitId: unit.id, passwordHash: await createArgon2Hasher().hash(PASSWORD) });
    const s = await t.login('menyuan');
    const again = await preview(s, '003.txt', sample('003_f299d4d68a831b89.txt'));
    const confirm = await t.request(s, { method: 'POST', url: `/api/imports/${(again.json() as { token: string }).token}/confirm` });
    expect(confirm.statusCode, confirm.body).toBe(200);
    expect(confirm.json()).toMatchObject({ created: 0, unchanged: 5 });
  });
});

describe('broken uploads', () => {
  const cases: [string, string, Uint8Array, number][] = [
    ['random bytes', 'random.txt', new Uint8Array(randomBytes(4096)), 415],
    ['an empty file', 'empty.txt', new Uint8Array(0), 422],
    ['text without any target', 'notes.txt', new TextEncoder().encode('会议纪要\n今天天气很好。\n'), 422],
    ['an unsupported type', 'tool.exe', new TextEncoder().encode('MZ'), 415],
  ];
  it.each(cases)('%s (%s) → %i with a Chinese message, nothing written', async (_name, file, bytes, status) => {
    const before = await counts();
    const res = await preview(admin, file, bytes);
    expect(res.statusCode, res.body).toBe(status);
    expect((res.json() as { error: { message: string } }).error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await counts()).toEqual(before);
  });

  it('a file over 20 MB is 413', async () => {
    const res = await preview(admin, 'big.txt', new Uint8Array(21 * 1024 * 1024).fill(0x41));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: 'payload-too-large' } });
  });

  it('a request that is not multipart is 415', async () => {
    const res = await t.request(admin, { method: 'POST', url: '/api/imports/preview', payload: { file: 'x' } });
    expect(res.statusCode).toBe(415);
  });
});
