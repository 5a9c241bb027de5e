import { DEFAULT_MONITORING_PROFILE, type MonitoringProfile } from '@jixiao/core';
import { findInheritedMonitoringProfiles, findOrCreateUnit, getMonitoringProfile, isStorageError, listAuditEntries, saveMonitoringProfile, verifyAuditChain } from '@jixiao/storage';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from './support/describe-each-dialect';

const strict: MonitoringProfile = { executionYellowPoints: 5, executionRedPoints: 12.5, timeBasis: 'monthly', indicatorBands: { red: 0.7, yellow: 0.9, blue: 1.5 } };

describeEachDialect('双监控 thresholds per unit (migration 0009)', (ctx) => {
  const units = { region: '', dept: '', unit: '', sub: '', other: '' };
  beforeAll(async () => {
    const { db } = ctx.database;
    units.region = (await findOrCreateUnit(db, { code: '13', name: '河北省', kind: 'region' })).id;
    units.dept = (await findOrCreateUnit(db, { code: '362', name: '兴隆县医疗保障局', kind: 'department', parentId: units.region })).id;
    units.unit = (await findOrCreateUnit(db, { code: '362001', name: '兴隆县医疗保障局本级', parentId: units.dept })).id;
    units.sub = (await findOrCreateUnit(db, { code: '362001001', name: '医保服务中心', parentId: units.unit })).id;
    units.other = (await findOrCreateUnit(db, { code: '363', name: '兴隆县教育局', kind: 'department' })).id;
  });

  it('stores a profile per unit with versions, exact values and an audit entry per write', async () => {
    const { db } = ctx.database;
    const saved = await saveMonitoringProfile(db, units.dept, strict, 0, 'admin');
    expect(saved).toMatchObject({ unitId: units.dept, profile: strict, version: 1, updatedBy: 'admin' });
    expect((await getMonitoringProfile(db, units.dept))?.profile).toEqual(strict);
    const looser = { ...DEFAULT_MONITORING_PROFILE, executionRedPoints: 30 };
    expect((await saveMonitoringProfile(db, units.dept, looser, 1, 'finance'))?.version).toBe(2);
    await expect(saveMonitoringProfile(db, units.dept, strict, 1, 'admin')).rejects.toSatisfy(
      (e) => isStorageError(e, 'version-conflict') && e.params.currentVersion === 2 && e.params.expectedVersion === 1,
    );
    expect((await getMonitoringProfile(db, units.dept))?.profile).toEqual(looser);
    await saveMonitoringProfile(db, units.dept, strict, 2, 'admin');
    const audit = (await listAuditEntries(db, { limit: 50 })).filter((e) => e.action.startsWith('monitoring.profile'));
    expect(audit.map((e) => [e.action, e.actor, e.entityId])).toEqual(
      expect.arrayContaining([
        ['monitoring.profile.save', 'admin', units.dept],
        ['monitoring.profile.save', 'finance', units.dept],
      ]),
    );
    expect(audit).toHaveLength(3);
    expect(await verifyAuditChain(db)).toBeNull();
    await expect(saveMonitoringProfile(db, 'no-such-unit', strict, 0, 'admin')).rejects.toSatisfy((e) => isStorageError(e, 'not-found'));
  });

  it('the nearest ancestor with a profile wins; a unit’s own profile overrides; removal falls back', async () => {
    const { db } = ctx.database;
    let found = await findInheritedMonitoringProfiles(db, [units.region, units.dept, units.unit, units.sub, units.other]);
    expect(found.has(units.region)).toBe(false);
    expect(found.has(units.other)).toBe(false);
    expect([units.dept, units.unit, units.sub].map((u) => [found.get(u)?.sourceUnitName, found.get(u)?.profile.executionRedPoints])).toEqual([
      ['兴隆县医疗保障局', 12.5],
      ['兴隆县医疗保障局', 12.5],
      ['兴隆县医疗保障局', 12.5],
    ]);
    const own = { ...strict, executionYellowPoints: 2, executionRedPoints: 4 };
    await saveMonitoringProfile(db, units.unit, own, 0, 'admin');
    await saveMonitoringProfile(db, units.region, DEFAULT_MONITORING_PROFILE, 0, 'admin');
    found = await findInheritedMonitoringProfiles(db, [units.region, units.dept, units.unit, units.sub]);
    expect([units.region, units.dept, units.unit, units.sub].map((u) => [found.get(u)?.sourceUnitId, found.get(u)?.profile.executionRedPoints])).toEqual([
      [units.region, 20],
      [units.dept, 12.5],
      [units.unit, 4],
      [units.unit, 4],
    ]);
    expect(await saveMonitoringProfile(db, units.unit, null, 1, 'admin')).toBeUndefined();
    expect(await getMonitoringProfile(db, units.unit)).toBeUndefined();
    found = await findInheritedMonitoringProfiles(db, [units.sub]);
    expect(found.get(units.sub)?.sourceUnitId).toBe(units.dept);
  });

  it('the database refuses a profile whose orderings are wrong (CHECK), whatever the caller', async () => {
    const { db } = ctx.database;
    const row = { unit_id: units.other, execution_yellow_points: 20, execution_red_points: 10, time_basis: 'daily' as const, indicator_red: 0.6, indicator_yellow: 0.8, indicator_blue: 1.2, version: 1, updated_by: 't', updated_at: 'now' };
    await expect(db.insertInto('monitoring_profiles').values(row).execute()).rejects.toThrow();
    await expect(db.insertInto('monitoring_profiles').values({ ...row, execution_yellow_points: 10, execution_red_points: 20, indicator_red: 0.9 }).execute()).rejects.toThrow();
    const count = await sql<{ n: number }>`select count(*) as n from monitoring_profiles where unit_id = ${units.other}`.execute(db);
    expect(Number(count.rows[0]!.n)).toBe(0);
  });
});
