import { findOrCreateUnit, listUnitSubtree } from '@jixiao/storage';
import { expect, it } from 'vitest';
import { describeEachDialect } from './support/describe-each-dialect';

describeEachDialect('listUnitSubtree (a user scope without reading every unit)', (ctx) => {
  it('returns the unit and every unit below it, nothing from a sibling tree; empty for an unknown id', async () => {
    const { db } = ctx.database;
    const dept = await findOrCreateUnit(db, { code: '481', name: '门源县医疗保障局', kind: 'department' });
    const unit = await findOrCreateUnit(db, { code: '481001', name: '门源县医疗保障局本级', parentId: dept.id });
    const below = await findOrCreateUnit(db, { code: '481001001', name: '门源县医保服务中心', parentId: unit.id });
    const other = await findOrCreateUnit(db, { code: '652', name: '库尔勒市教育局', kind: 'department' });
    await findOrCreateUnit(db, { code: '652801', name: '库尔勒市第一中学', parentId: other.id });

    const tree = await listUnitSubtree(db, dept.id);
    expect(tree.map((u) => u.name).sort()).toEqual(['门源县医保服务中心', '门源县医疗保障局', '门源县医疗保障局本级'].sort());
    expect(new Set(tree.map((u) => u.id))).toEqual(new Set([dept.id, unit.id, below.id]));
    expect(await listUnitSubtree(db, below.id)).toEqual([{ id: below.id, name: '门源县医保服务中心' }]);
    expect(await listUnitSubtree(db, 'no-such-unit')).toEqual([]);
  });
});
