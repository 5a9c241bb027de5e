import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDocuments, loadDatasetModel, parseDocument } from '@jixiao/app';
import { createSeededRandom, generateProjects, generateUnitTree, type DatasetModel, type GeneratedProject, type Project } from '@jixiao/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SAMPLES = join(import.meta.dirname, '../../fixtures/samples');

function generate(model: DatasetModel, seed: number, units = 40, projects = 300, years = 3): GeneratedProject[] {
  return [...generateProjects(model, generateUnitTree(model, units), { projects, years }, createSeededRandom(seed))];
}

/** What the importer must give back for a generated project (its source locations and raw texts aside). */
function essentials(p: Project) {
  return {
    code: p.code,
    name: p.name,
    unit: p.unit,
    department: p.department,
    departmentCode: p.departmentCode,
    fiscalYear: p.fiscalYear,
    kind: p.kind,
    funds: p.funds,
    spendingPlan: p.spendingPlan,
    indicators: p.indicators.map((i) => [i.level1, i.level2, i.name, i.targetText, i.target]),
  };
}

describe('jixiao gen: synthetic datasets from the samples', () => {
  let model: DatasetModel;
  let dir: string;
  beforeAll(async () => {
    model = await loadDatasetModel(SAMPLES);
    dir = mkdtempSync(join(tmpdir(), 'jixiao-gen-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generate(model, 42);
    expect(JSON.stringify(generate(model, 42))).toBe(JSON.stringify(a));
    const b = generate(model, 43);
    expect(b.map((x) => x.project.name)).not.toEqual(a.map((x) => x.project.name));
    expect(a).toHaveLength(300);
    expect(new Set(a.map((x) => x.fiscalYear))).toEqual(new Set([2022, 2023, 2024]));
  });

  it('draws names, indicators, funds and the unit hierarchy from the real samples', () => {
    const sampleNames = new Set(model.names);
    const indicatorNames = new Map([...model.indicators].map(([level2, list]) => [level2, new Set(list.map((i) => i.name))]));
    const items = generate(model, 7, 100, 500, 1);
    for (const { project } of items) {
      expect(sampleNames.has(project.name)).toBe(true);
      for (const ind of project.indicators) expect(indicatorNames.get(ind.level2!)?.has(ind.name)).toBe(true);
      // Funds are rounded to 0.01 万元 (10,000 fen) and split into fiscal + other.
      expect(project.funds.total! % 10_000).toBe(0);
      expect(project.funds.fiscal! + project.funds.other!).toBe(project.funds.total);
    }
    // The samples hold 10 of the 12 level-2 categories between them; the mix carries over.
    const level2s = new Set(items.flatMap((x) => x.project.indicators.map((i) => i.level2)));
    expect(level2s.size).toBeGreaterThanOrEqual(8);
    const tree = generateUnitTree(model, 100);
    expect(tree.filter((u) => u.kind === 'unit')).toHaveLength(100);
    expect(tree.filter((u) => u.kind === 'region')[0]!.name).toBe('拉萨市');
    for (const u of tree.filter((x) => x.kind !== 'region')) {
      const parent = tree.find((x) => x.code === u.parentCode)!;
      expect(u.code.startsWith(parent.code)).toBe(true);
      expect(parent.kind).toBe(u.kind === 'unit' ? 'department' : 'region');
    }
  });

  it('writes documents in the sample layout that the importer reads back exactly', async () => {
    const opts = { units: 12, projects: 60, years: 2, seed: 9, projectsPerFile: 25 };
    const written = await generateDocuments(dir, model, opts);
    expect(written.files).toHaveLength(3);
    const expected = generate(model, 9, 12, 60, 2).map((x) => essentials(x.project));
    const read: ReturnType<typeof essentials>[] = [];
    for (const file of written.files) {
      const doc = await parseDocument(new Uint8Array(readFileSync(file)), file);
      expect(doc.issues.filter((i) => i.severity === 'error')).toEqual([]);
      read.push(...doc.projects.map(essentials));
    }
    expect(read).toEqual(expected);
  });
});
