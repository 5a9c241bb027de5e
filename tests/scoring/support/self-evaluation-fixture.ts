import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, type Actor, type Role } from '@jixiao/app';
import type { Project } from '@jixiao/core';
import { createDraftProject, findOrCreateUnit, openDatabase, type Database } from '@jixiao/storage';

export const SAMPLE_002 = 'fixtures/samples/002_958eda048e829117.txt';

export interface SelfEvaluationFixture {
  readonly database: Database;
  /** The three projects of sample 002 (库尔勒市医疗保障局, 2023): the targets the self-evaluation forms report on. */
  readonly projects: readonly Project[];
  readonly unitId: string;
  actor(role: Role): Actor;
  /** Stores sample 002's project whose name starts with `prefix`; returns its id. */
  addProject(prefix: string): Promise<string>;
  close(): Promise<void>;
}

export function readSelfEvaluationFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join('fixtures/self-evaluation', name)));
}

/** A temp SQLite database with the unit of sample 002. */
export async function openSelfEvaluationFixture(): Promise<SelfEvaluationFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-self-eval-'));
  const database = await openDatabase({ sqlitePath: join(dir, 'test.db'), migrate: true, env: {} });
  const doc = await parseDocument(readFileSync(SAMPLE_002), '002_958eda048e829117.txt');
  const unitId = (await findOrCreateUnit(database.db, { code: '2023002', name: '库尔勒市医疗保障局' })).id;
  return {
    database,
    projects: doc.projects,
    unitId,
    actor(role) {
      return { userId: `u-${role}`, username: role, displayName: `测试${role}`, role, unitId, unitName: '库尔勒市医疗保障局', scope: { all: false, unitIds: new Set([unitId]) } };
    },
    async addProject(prefix) {
      const project = doc.projects.find((p) => p.name.startsWith(prefix));
      if (!project) throw new Error(`sample 002 has no project ${prefix}`);
      return (await createDraftProject(database.db, unitId, project, 'fixture')).id;
    },
    async close() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
