import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Package } from 'datapackage';
import { Table } from 'tableschema';
import { generateDisclosure, parseDepartmentBudget, type DepartmentBudget, type GeneratedDisclosure } from '@jixiao/core';
import { buildDisclosureDataPackage } from '@jixiao/render';
import { readBudgetFromDisclosureFile } from '../../packages/app/src/index';
import { loadClassificationCatalogue, SAMPLE_001 } from './load-disclosure';

const SMALL = new URL('../../fixtures/disclosure/small-department.json', import.meta.url);
const dirs: string[] = [];

function writePackage(d: GeneratedDisclosure): string {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-datapackage-'));
  dirs.push(dir);
  for (const f of buildDisclosureDataPackage(d)) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  return dir;
}

let from001: GeneratedDisclosure;
let small: GeneratedDisclosure;
beforeAll(async () => {
  const { catalogue } = await loadClassificationCatalogue(2024);
  const { budget } = await readBudgetFromDisclosureFile(new Uint8Array(readFileSync(SAMPLE_001)), SAMPLE_001.pathname);
  from001 = generateDisclosure(budget, { template: 'shaanxi-16', catalogue });
  small = generateDisclosure(parseDepartmentBudget(JSON.parse(readFileSync(SMALL, 'utf8'))).budget as DepartmentBudget, { template: 'core-8', catalogue });
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('disclosure as a Frictionless Tabular Data Package (datapackage / tableschema)', () => {
  it.each([
    ['001 regenerated, shaanxi-16', () => from001, 21],
    ['small department, core-8', () => small, 9],
  ])('%s: a valid package; every CSV resource reads and casts under its schema', async (_name, get, resources) => {
    const d = get();
    const dir = writePackage(d);
    const pkg = await Package.load(join(dir, 'datapackage.json'));
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resourceNames).toHaveLength(resources);
    expect(pkg.descriptor.profile).toBe('tabular-data-package');
    for (const t of d.tables) {
      const resource = pkg.getResource(`table-${t.id.replace(/^表/, '')}`)!;
      expect(resource.valid, t.id).toBe(true);
      expect(resource.tabular).toBe(true);
      const rows = (await resource.read({ keyed: true })) as Record<string, unknown>[];
      expect(rows, t.id).toHaveLength(t.rows.length);
      // the same CSV through tableschema's Table with the resource's own schema
      const descriptor = (pkg.descriptor.resources as { name: string; path: string; schema: object }[]).find((r) => r.name === resource.name)!;
      const table = await Table.load(join(dir, descriptor.path), { schema: descriptor.schema });
      expect(await table.read()).toHaveLength(t.rows.length);
    }
    const figures = (await pkg.getResource('narrative-figures')!.read({ keyed: true })) as Record<string, unknown>[];
    expect(figures).toHaveLength(d.narrative.figures.length);
  });

  it('amounts are numbers in 元, exact from fen; codes stay strings', async () => {
    const dir = writePackage(from001);
    const pkg = await Package.load(join(dir, 'datapackage.json'));
    const t5 = (await pkg.getResource('table-5')!.read({ keyed: true })) as Record<string, unknown>[];
    expect(t5[0]).toMatchObject({ row_role: 'total', name: '合计', total: 5142114.94, personnel: 2658868.09, publicUse: 93246.85, project: 2390000 });
    expect(t5.find((r) => r.code === '2101501')).toMatchObject({ row_role: 'item', name: '行政运行', total: 2153894.44 });
    const t14 = (await pkg.getResource('table-14-1')!.read({ keyed: true })) as Record<string, unknown>[];
    // the target tables are forms (表14–表16): every cell is text, an amount printed in 元
    expect(t14.find((r) => r.c4 === '实施期资金总额:')!.c5).toBe('1000000.00');
    const figures = (await pkg.getResource('narrative-figures')!.read({ keyed: true })) as Record<string, unknown>[];
    expect(figures.find((f) => f.code === '2101501')).toMatchObject({ amount: 2153900, direction: 'increase', change: 717400, rate_percent: 49.94, reason: '单位新增人员' });
  });

  it('a broken package fails: text in an amount column, and a descriptor with an unknown field type', async () => {
    const dir = writePackage(from001);
    const csv = join(dir, 'data/table-5.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('5142114.94', '五百一十四万'));
    const pkg = await Package.load(join(dir, 'datapackage.json'));
    expect(pkg.valid).toBe(true);
    await expect(pkg.getResource('table-5')!.read({ keyed: true })).rejects.toThrow(/type and format mismatch/);
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: { schema: { fields: { type: string }[] } }[] };
    descriptor.resources[0]!.schema.fields[2]!.type = 'money';
    const broken = await Package.load(descriptor, dir);
    expect(broken.valid).toBe(false);
    expect(broken.errors.length).toBeGreaterThan(0);
  });
});
