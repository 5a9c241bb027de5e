import { beforeAll, expect, it } from 'vitest';
import type { Project } from '@jixiao/core';
import { findOrCreateUnit, listProjects, saveImportedDocument, setProjectStatus, type ProjectFilter } from '@jixiao/storage';
import { buildImportedDocument, buildSampleProjects } from './support/build-sample-projects';
import { describeEachDialect } from './support/describe-each-dialect';

const page = { limit: 50, offset: 0 } as const;

describeEachDialect('listProjects', (ctx) => {
  let korla = '';
  let menyuan = '';
  let all: string[] = [];

  beforeAll(async () => {
    const { db } = ctx.database;
    const korlaDoc = buildImportedDocument(buildSampleProjects({ unit: '库尔勒市医疗保障局', unitCode: '652801' }));
    const r1 = await saveImportedDocument(db, korlaDoc, { fileSha256: '1'.repeat(64), actor: 't' });
    const menyuanProjects: Project[] = [
      { ...buildSampleProjects()[0]!, code: 'P2024-MY-001', name: '医疗救助补助资金_100%', unit: '门源县医疗保障局', unitCode: '481001', fiscalYear: 2024, funds: { total: 514_211_494, fiscal: 514_211_494, other: 0 } },
      { ...buildSampleProjects()[2]!, code: 'P2024-MY-002', name: '医保信息化建设', unit: '门源县医疗保障局', unitCode: '481001', fiscalYear: 2024, funds: { total: null, fiscal: null, other: null }, indicators: [] },
    ];
    const r2 = await saveImportedDocument(db, buildImportedDocument(menyuanProjects, '003.txt'), { fileSha256: '2'.repeat(64), actor: 't' });
    korla = (await findOrCreateUnit(db, { code: '652801' })).id;
    menyuan = (await findOrCreateUnit(db, { code: '481001' })).id;
    all = [...r1.projectIds, ...r2.projectIds];
    await setProjectStatus(db, r1.projectIds[0]!, 1, 'submitted', 't');
    await setProjectStatus(db, r2.projectIds[0]!, 1, 'approved', 't');
    await db.updateTable('projects').set({ grade: 'poor', score: 42.5 }).where('id', '=', r1.projectIds[1]!).execute();
  });

  const list = (f: Partial<ProjectFilter>) => listProjects(ctx.database.readDb, { ...page, ...f });

  it('lists everything with the total count and the exact funds total', async () => {
    const r = await list({});
    expect(r.total).toBe(5);
    expect(r.rows).toHaveLength(5);
    expect(r.fundsTotal).toBe(7_500_000 + 6_118_230_000 + 15_000_000 + 514_211_494);
    expect(new Set(r.rows.map((row) => row.id))).toEqual(new Set(all));
  });

  it('filters by unit, year, status, grade and level-2 category', async () => {
    expect((await list({ unitIds: [korla] })).total).toBe(3);
    expect((await list({ unitIds: [korla, menyuan] })).total).toBe(5);
    expect((await list({ unitIds: [] })).total).toBe(0);
    const y2024 = await list({ fiscalYear: 2024 });
    expect(y2024.rows.map((r) => r.unitCode)).toEqual(['481001', '481001']);
    expect(y2024.fundsTotal).toBe(514_211_494);
    expect((await list({ status: 'submitted' })).rows.map((r) => r.status)).toEqual(['submitted']);
    expect((await list({ status: ['submitted', 'approved'] })).total).toBe(2);
    expect((await list({ status: 'draft', unitIds: [korla] })).total).toBe(2);
    // Every write stores the pre-review grade; the filter returns exactly the rows of that grade.
    const poor = await list({ grade: 'poor' });
    expect(poor.rows.every((r) => r.grade === 'poor')).toBe(true);
    expect(poor.rows.find((r) => r.id === all[1])?.score).toBe(42.5);
    const excellent = await list({ grade: 'excellent' });
    expect(excellent.rows.every((r) => r.grade === 'excellent' && (r.score ?? 0) >= 90)).toBe(true);
    expect(poor.total + excellent.total).toBeLessThanOrEqual(5);
    // 医保信息化建设 has no indicators; the others all have an economicCost indicator.
    expect((await list({ level2: 'economicCost' })).total).toBe(4);
    expect((await list({ level2: 'ecologicalBenefit' })).total).toBe(0);
    // With a year, the category probe names the year's partition (PostgreSQL prunes to it): same rows.
    const y2024Cost = await list({ fiscalYear: 2024, level2: 'economicCost' });
    expect(y2024Cost.rows.map((r) => [r.unitCode, r.fiscalYear])).toEqual([['481001', 2024]]);
    expect(y2024Cost.total).toBe(1);
  });

  it('searches names and codes case-insensitively, with LIKE wildcards taken literally', async () => {
    expect((await list({ search: '大楼运行' })).rows.map((r) => r.name)).toEqual(['部门专项-医疗保险业务经费和大楼运行专项经费']);
    expect((await list({ search: 'p2024-my' })).total).toBe(2);
    expect((await list({ search: '_100%' })).total).toBe(1);
    expect((await list({ search: '%' })).total).toBe(1);
    expect((await list({ search: '部门专项', fiscalYear: 2023 })).total).toBe(2);
  });

  it('sorts with nulls last on both dialects and pages', async () => {
    const asc = await list({ sort: { field: 'fundsTotal', direction: 'asc' } });
    expect(asc.rows.map((r) => r.fundsTotal)).toEqual([7_500_000, 15_000_000, 514_211_494, 6_118_230_000, null]);
    const desc = await list({ sort: { field: 'fundsTotal', direction: 'desc' } });
    expect(desc.rows.map((r) => r.fundsTotal)).toEqual([6_118_230_000, 514_211_494, 15_000_000, 7_500_000, null]);
    const p1 = await list({ sort: { field: 'name', direction: 'asc' }, limit: 2, offset: 0 });
    const p2 = await list({ sort: { field: 'name', direction: 'asc' }, limit: 2, offset: 2 });
    const p3 = await list({ sort: { field: 'name', direction: 'asc' }, limit: 2, offset: 4 });
    expect(p1.total).toBe(5);
    expect([...p1.rows, ...p2.rows, ...p3.rows].map((r) => r.id).sort()).toEqual([...all].sort());
    expect(p3.rows).toHaveLength(1);
    const summary = asc.rows[0]!;
    expect(summary).toMatchObject({
      unitName: '库尔勒市医疗保障局',
      fiscalYear: 2023,
      fundsFiscal: 7_500_000,
      fundsOther: 0,
      indicatorCount: 8,
      version: 2,
      status: 'submitted',
    });
  });
});
