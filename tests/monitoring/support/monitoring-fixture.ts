import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, type Actor, type Role } from '@jixiao/app';
import type { Project } from '@jixiao/core';
import { createDraftProject, findOrCreateUnit, openDatabase, type Database } from '@jixiao/storage';

export interface MonitoringFixture {
  readonly database: Database;
  /** 劳务派遣人员经费 of sample 004 (17.20万元, 资金支出计划 3/6/10/12月 25/50/75/100%). */
  readonly project: Project;
  readonly units: { readonly own: string; readonly other: string };
  actor(role: Role, unit?: 'own' | 'other' | null): Actor;
  addSampleProject(unit?: 'own' | 'other'): Promise<string>;
  close(): Promise<void>;
}

export function readMonitoringFixture(name: string): Uint8Array {
  return readFileSync(join('fixtures/monitoring', name));
}

/** A temp SQLite database with two units and sample 004's first project. */
export async function openMonitoringFixture(): Promise<MonitoringFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-monitoring-'));
  const database = await openDatabase({ sqlitePath: join(dir, 'test.db'), migrate: true, env: {} });
  const doc = await parseDocument(readFileSync('fixtures/samples/004_b5b5933a0db36905.txt'), '004_b5b5933a0db36905.txt');
  const project = doc.projects[0]!;
  const own = (await findOrCreateUnit(database.db, { code: '362001', name: '兴隆县医疗保障局本级' })).id;
  const other = (await findOrCreateUnit(database.db, { code: '362002', name: '其他预算单位' })).id;
  return {
    database,
    project,
    units: { own, other },
    actor(role, unit = 'own') {
      const unitId = unit === null ? null : unit === 'own' ? own : other;
      return {
        userId: `u-${role}`,
        username: role,
        displayName: `测试${role}`,
        role,
        unitId,
        unitName: null,
        scope: unitId === null || role === 'admin' || role === 'auditor' ? { all: true } : { all: false, unitIds: new Set([unitId]) },
      };
    },
    async addSampleProject(unit = 'own') {
      return (await createDraftProject(database.db, unit === 'own' ? own : other, project, 'fixture')).id;
    },
    async close() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
