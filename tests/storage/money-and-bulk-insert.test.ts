import { expect, it } from 'vitest';
import type { Project } from '@jixiao/core';
import {
  bulkInsertProjects,
  findOrCreateUnit,
  getProject,
  listProjects,
  saveImportedDocument,
  verifyAuditChain,
} from '@jixiao/storage';
import { buildImportedDocument, buildSampleProjects } from './support/build-sample-projects';
import { countRows } from './support/count-rows';
import { describeEachDialect } from './support/describe-each-dialect';

describeEachDialect('money and bulk insert', (ctx) => {
  it('round-trips fen exactly through columns, documents and sums', async () => {
    const { db } = ctx.database;
    const max = Number.MAX_SAFE_INTEGER;
    const base = buildSampleProjects({ unit: '西安市莲湖区医疗保障局', fiscalYear: 2024 })[0]!;
    const projects: Project[] = [
      { ...base, name: '医疗保障专项', funds: { total: 514_211_494, fiscal: 514_211_493, other: 1 } },
      { ...base, name: '极大金额', funds: { total: max - 514_211_494, fiscal: 0, other: max - 514_211_494 } },
    ];
    const { projectIds } = await saveImportedDocument(db, buildImportedDocument(projects, '001.txt'), {
      fileSha256: '0'.repeat(64),
      actor: 't',
    });
    const row = await db
      .selectFrom('projects')
      .select(['funds_total', 'funds_fiscal', 'funds_other'])
      .where('id', '=', projectIds[0]!)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ funds_total: 514_211_494, funds_fiscal: 514_211_493, funds_other: 1 });
    expect(typeof row.funds_total).toBe('number');
    expect((await getProject(db, projectIds[0]!))!.project.funds).toEqual(projects[0]!.funds);
    expect((await getProject(db, projectIds[1]!))!.project.funds.total).toBe(max - 514_211_494);
    const page = await listProjects(db, { fiscalYear: 2024, limit: 10, offset: 0, sort: { field: 'fundsTotal', direction: 'asc' } });
    expect(page.rows.map((r) => r.fundsTotal)).toEqual([514_211_494, max - 514_211_494]);
    expect(page.fundsTotal).toBe(max);
  });

  it('refuses fractional fen and integers beyond Number.MAX_SAFE_INTEGER before writing', async () => {
    const { db } = ctx.database;
    const base = buildSampleProjects({ unit: '小数单位' })[0]!;
    const before = await countRows(db);
    for (const total of [75.5, 2 ** 53 + 2]) {
      await expect(
        saveImportedDocument(db, buildImportedDocument([{ ...base, funds: { total, fiscal: null, other: null } }]), {
          fileSha256: '0'.repeat(64),
          actor: 't',
        }),
      ).rejects.toThrow(RangeError);
    }
    expect(await countRows(db)).toEqual(before);
  });

  it('bulk-inserts projects with indicators and version rows', async () => {
    const { database } = ctx;
    const unit = await findOrCreateUnit(database.db, { code: '130822001', name: '兴隆县医疗保障局' });
    const samples = buildSampleProjects({ unit: '兴隆县医疗保障局', fiscalYear: 2025 });
    const items = Array.from({ length: 300 }, (_, i) => {
      const p = samples[i % 3]!;
      return {
        unitId: unit.id,
        project: {
          ...p,
          code: `13082225P${String(i).padStart(8, '0')}`,
          name: `${p.name}\t第${i}号\\批次\n`,
          funds: { total: 514_211_494 + i, fiscal: 514_211_494 + i, other: 0 },
        },
      };
    });
    const before = await countRows(database.db);
    const result = await bulkInsertProjects(database, items, { actor: 'generator' });
    expect(result.inserted).toBe(300);
    const after = await countRows(database.db);
    expect(after.projects - before.projects).toBe(300);
    expect(after.project_versions - before.project_versions).toBe(300);
    expect(after.indicators - before.indicators).toBe(100 * (8 + 6 + 7));
    const stored = (await getProject(database.db, result.ids[7]!))!;
    expect(stored.project).toEqual(items[7]!.project);
    expect(stored.project.name).toContain('\t第7号\\批次\n');
    const page = await listProjects(database.db, { unitIds: [unit.id], limit: 1, offset: 0 });
    expect(page.total).toBe(300);
    expect(page.fundsTotal).toBe(300 * 514_211_494 + (299 * 300) / 2);
    expect(await verifyAuditChain(database.db)).toBeNull();
  });

  it('rolls a bulk insert back entirely when one row conflicts', async () => {
    const { database } = ctx;
    const unit = await findOrCreateUnit(database.db, { code: '130822001' });
    const p = buildSampleProjects({ fiscalYear: 2025 })[0]!;
    const items = [
      { unitId: unit.id, project: { ...p, code: 'NEW-1' } },
      // Same natural key as a project inserted by the previous test.
      { unitId: unit.id, project: { ...p, code: '13082225P00000000' } },
    ];
    const before = await countRows(database.db);
    await expect(bulkInsertProjects(database, items, { actor: 'generator' })).rejects.toThrow();
    expect(await countRows(database.db)).toEqual(before);
  });
});
