import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreDocuments, type ScoredDocument } from '@jixiao/app';

/**
 * The self-evaluation forms of fixtures/self-evaluation in every format (.docx/.xlsx/.pdf built from the .txt by
 * scripts/make-self-evaluation-fixtures.ts): each must score exactly like its text version.
 */
const ROOT = join(import.meta.dirname, '../..');
const FORMATS = ['txt', 'docx', 'xlsx', 'pdf'] as const;

async function scoreFixture(file: string): Promise<ScoredDocument['projects'][number]> {
  const path = `fixtures/self-evaluation/${file}`;
  const [doc] = await scoreDocuments([{ file: path, bytes: new Uint8Array(readFileSync(join(ROOT, path))) }]);
  expect(doc!.projects).toHaveLength(1);
  return doc!.projects[0]!;
}

const mismatches = (p: ScoredDocument['projects'][number]) => p.findings.map((f) => [f.location.indicator, f.evidence.printedScore, f.evidence.expectedScore]);

const each = (name: string) => FORMATS.map((ext) => `${name}.${ext}`);

describe('conforming form: the printed total is reproduced exactly', () => {
  for (const file of each('conforming')) {
    it(file, async () => {
      const p = await scoreFixture(file);
      expect(p.indicators.map((l) => l.weight)).toEqual([14, 13, 13, 20, 7, 7, 6, 10]);
      expect(p.indicators.map((l) => l.score)).toEqual([13.32, 12.73, 13, 20, 7, 5, 6, 9.47]);
      expect(p.indicators.map((l) => l.score)).toEqual(p.indicators.map((l) => l.printedScore));
      expect(p.execution).toMatchObject({ budget: 6_118_230_000, executed: 4_282_760_000, score: 7 });
      expect(p.execution!.rate).toBeCloseTo(0.7, 6);
      expect([p.total, p.printedTotal, p.grade, p.weightSource]).toEqual([93.52, 93.52, 'excellent', 'form']);
      expect(p.findings).toEqual([]);
    }, 60_000);
  }
});

describe('inflated form: every missed target printed with full points is reported with both numbers', () => {
  for (const file of each('inflated')) {
    it(file, async () => {
      const p = await scoreFixture(file);
      expect(p.indicators).toHaveLength(12);
      expect(mismatches(p)).toEqual([
        [0, 5, 4.91],
        [2, 5, 4.84],
        [4, 5, 0],
        [10, 20, 14],
        [null, 100, 88.75],
      ]);
      expect(p.findings.every((f) => f.category === 'score-mismatch')).toBe(true);
      expect(p.findings[0]!.message).toBe('指标“基本医疗保险参保人数”表上得分5分，按规则应为4.91分（w·a/t = 5×472000/481000 = 4.91）：实际完成值47.2万人未达到年度指标值≥48.10万人');
      expect([p.total, p.printedTotal, p.grade]).toEqual([88.75, 100, 'good']);
    }, 60_000);
  }
});

describe('form-weights form: 指标分值权重 of the form are used, not the defaults', () => {
  for (const file of each('form-weights')) {
    it(file, async () => {
      const p = await scoreFixture(file);
      expect(p.weightSource).toBe('form');
      expect(p.indicators.map((l) => l.weight)).toEqual([6, 6, 6, 6, 5, 5, 7, 7, 6, 20, 10]);
      expect(p.indicators.map((l) => l.weight).reduce((a, b) => a + b, 0) + p.execution!.weight).toBe(94);
      expect(p.indicators[1]).toMatchObject({ score: 5.94, formula: 'w·a/t = 6×198000/200000 = 5.94' });
      expect(p.indicators[7]).toMatchObject({ kind: 'reverse', score: 6.22 });
      expect(p.execution).toMatchObject({ budget: 15_000_000, executed: 14_250_000, rate: 0.95, score: 9.5 });
      expect([p.total, p.printedTotal, p.grade]).toEqual([92.66, 92.66, 'excellent']);
      expect(p.findings).toEqual([]);
    }, 60_000);
  }
});

describe('jixiao score over every format', () => {
  // PDFs are scored in-process above (the CLI process currently does not exit after reading a PDF).
  it('--json reproduces the text versions’ totals for .docx and .xlsx', () => {
    const files = ['conforming', 'inflated', 'form-weights'].flatMap((n) => ['docx', 'xlsx'].map((e) => `fixtures/self-evaluation/${n}.${e}`));
    const r = spawnSync(process.execPath, [join(ROOT, 'packages/cli/bin/jixiao.mjs'), 'score', ...files, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 150_000 });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { documents: { file: string; projects: { total: number; printedTotal: number; grade: string; indicators: { weight: number }[]; findings: { category: string; indicator: number | null; evidence: { printedScore: number; expectedScore: number } }[] }[] }[] };
    expect(out.documents.map((d) => [d.file.replace('fixtures/self-evaluation/', ''), d.projects[0]!.total, d.projects[0]!.printedTotal, d.projects[0]!.grade])).toEqual([
      ['conforming.docx', 93.52, 93.52, 'excellent'],
      ['conforming.xlsx', 93.52, 93.52, 'excellent'],
      ['inflated.docx', 88.75, 100, 'good'],
      ['inflated.xlsx', 88.75, 100, 'good'],
      ['form-weights.docx', 92.66, 92.66, 'excellent'],
      ['form-weights.xlsx', 92.66, 92.66, 'excellent'],
    ]);
    const inflated = out.documents[2]!.projects[0]!;
    expect(inflated.findings.map((f) => [f.category, f.indicator, f.evidence.printedScore, f.evidence.expectedScore])).toEqual([
      ['score-mismatch', 0, 5, 4.91],
      ['score-mismatch', 2, 5, 4.84],
      ['score-mismatch', 4, 5, 0],
      ['score-mismatch', 10, 20, 14],
      ['score-mismatch', null, 100, 88.75],
    ]);
    expect(r.status).toBe(0);
  }, 160_000);
});
