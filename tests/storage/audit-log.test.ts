import { expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '@jixiao/storage';
import { describeEachDialect } from './support/describe-each-dialect';

async function appendSome(ctx: { database: { db: Parameters<typeof appendAudit>[0] } }, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await appendAudit(ctx.database.db, {
      actor: 'auditor',
      action: 'project.update',
      entity: 'project',
      entityId: `p${i}`,
      detail: { version: i + 1, note: `第${i + 1}次修改`, funds: 514_211_494 },
    });
  }
}

describeEachDialect('audit chain: append and verify', (ctx) => {
  it('an empty log verifies', async () => {
    expect(await verifyAuditChain(ctx.database.db)).toBeNull();
  });

  it('appends linked entries with gap-free seq, also concurrently', async () => {
    const { db } = ctx.database;
    await appendSome(ctx, 3);
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => appendAudit(db, { actor: `user${i}`, action: 'login', entity: 'user', entityId: `u${i}` })),
    );
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(rows[0]!.prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(JSON.parse(rows[0]!.detail)).toEqual({ funds: 514_211_494, note: '第1次修改', version: 1 });
    expect(await verifyAuditChain(db)).toBeNull();
  });
});

describeEachDialect('audit chain: tampering', (ctx) => {
  it('detects an edited entry and reports its seq', async () => {
    const { db } = ctx.database;
    await appendSome(ctx, 5);
    expect(await verifyAuditChain(db)).toBeNull();
    const original = await db.selectFrom('audit_log').selectAll().where('seq', '=', 3).executeTakeFirstOrThrow();
    expect(original.detail).toContain('第3次');
    await db.updateTable('audit_log').set({ detail: original.detail.replace('第3次', '第9次') }).where('seq', '=', 3).execute();
    expect(await verifyAuditChain(db)).toBe(3);
    await db.updateTable('audit_log').set({ actor: 'mallory' }).where('seq', '=', 2).execute();
    expect(await verifyAuditChain(db)).toBe(2);
    await db.updateTable('audit_log').set({ actor: 'auditor' }).where('seq', '=', 2).execute();
    await db.updateTable('audit_log').set({ detail: original.detail }).where('seq', '=', 3).execute();
    expect(await verifyAuditChain(db)).toBeNull();
  });

  it('detects a rehashed entry (its successor no longer links) and deleted entries', async () => {
    const { db } = ctx.database;
    await db.updateTable('audit_log').set({ hash: 'e'.repeat(64) }).where('seq', '=', 4).execute();
    expect(await verifyAuditChain(db)).toBe(4);
    await db.deleteFrom('audit_log').where('seq', '>=', 4).execute();
    // Rows cut from the end: the head still says 5.
    expect(await verifyAuditChain(db)).toBe(4);
    await db.deleteFrom('audit_log').where('seq', '=', 2).execute();
    expect(await verifyAuditChain(db)).toBe(2);
  });
});
