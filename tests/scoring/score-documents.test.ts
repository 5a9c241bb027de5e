import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreDocuments, toScoreDocumentJson, type ScoredDocument } from '@jixiao/app';

const ROOT = join(import.meta.dirname, '../..');

async function score(file: string): Promise<ScoredDocument> {
  const [doc] = await scoreDocuments([{ file, bytes: new Uint8Array(readFileSync(join(ROOT, file))) }]);
  return doc!;
}

interface Truth {
  selfEvaluation: {
    budget: { annual: number; executed: number; executionRate: number; score: number };
    totalScore: number;
    anomalies: { indicator: string; targetText: string; actualText: string; weight: number; printedScore: number; expectedScore: number }[];
  };
}

describe('fixtures/formats/self-evaluation.xlsx', () => {
  const truth = JSON.parse(readFileSync(join(ROOT, 'fixtures/formats/self-evaluation.xlsx.truth.json'), 'utf8')) as Truth;
  it('reports exactly its recorded anomaly, and the total it changes', async () => {
    const doc = await score('fixtures/formats/self-evaluation.xlsx');
    const [p] = doc.projects;
    const indicatorFindings = p!.findings.filter((f) => f.location.indicator != null);
    expect(
      indicatorFindings.map((f) => ({
        indicator: p!.indicators.find((l) => l.index === f.location.indicator)!.name,
        targetText: f.evidence.targetText,
        actualText: f.evidence.actualText,
        weight: f.evidence.weight,
        printedScore: f.evidence.printedScore,
        expectedScore: f.evidence.expectedScore,
      })),
    ).toEqual(truth.selfEvaluation.anomalies.map(({ indicator, targetText, actualText, weight, printedScore, expectedScore }) => ({ indicator, targetText, actualText, weight, printedScore, expectedScore })));
    const shortfall = truth.selfEvaluation.anomalies.reduce((s, a) => s + a.printedScore - a.expectedScore, 0);
    expect(p!.printedTotal).toBe(truth.selfEvaluation.totalScore);
    expect(p!.total).toBeCloseTo(truth.selfEvaluation.totalScore - shortfall, 10);
    expect(p!.findings.filter((f) => f.location.indicator == null).map((f) => [f.location.field, f.evidence.printedScore, f.evidence.expectedScore])).toEqual([['total', 99.44, 99.16]]);
    expect(p!.execution).toMatchObject({ rate: truth.selfEvaluation.budget.executionRate, score: truth.selfEvaluation.budget.score });
    expect(p!.indicators).toHaveLength(12);
    expect(p!.grade).toBe('excellent');
  });
});

describe('fixtures/self-evaluation', () => {
  it('conforming.txt: every printed score and the printed total are reproduced', async () => {
    const [p] = (await score('fixtures/self-evaluation/conforming.txt')).projects;
    expect(p!.findings).toEqual([]);
    expect(p!.total).toBe(93.52);
    expect(p!.printedTotal).toBe(93.52);
    expect(p!.indicators.map((l) => l.score)).toEqual(p!.indicators.map((l) => l.printedScore));
    expect(p!.indicators.map((l) => l.kind)).toEqual(['positive', 'positive', 'positive', 'reverse', 'qualitative', 'qualitative', 'positive', 'satisfaction']);
    expect(p!.weightSource).toBe('form');
    expect(p!.execution).toMatchObject({ score: 7 });
    expect(p!.grade).toBe('excellent');
    expect(p!.inflation).toBeNull();
    expect(p!.indicators.filter((l) => l.deviationReasonMissing)).toEqual([]);
  });

  it('inflated.txt: full points for missed targets are reported indicator by indicator', async () => {
    const [p] = (await score('fixtures/self-evaluation/inflated.txt')).projects;
    const rows = p!.findings.map((f) => [f.location.indicator, f.evidence.printedScore, f.evidence.expectedScore]);
    expect(rows).toEqual([
      [0, 5, 4.91],
      [2, 5, 4.84],
      [4, 5, 0],
      [10, 20, 14],
      [null, 100, 88.75],
    ]);
    expect(p!.findings.every((f) => f.category === 'score-mismatch' && f.severity === 'error')).toBe(true);
    expect(p!.findings[2]!.message).toBe('指标“2022年重复参保人数”表上得分5分，按规则应为0分（a>0 → 0（a = 3））：实际完成值3人未达到年度指标值=0人');
    expect(p!.grade).toBe('good');
    expect(p!.inflation).toMatchObject({ rule: 'R-SE-06', total: 100, missedIndicators: [0, 2, 4, 10] });
    expect(p!.indicators[3]).toMatchObject({ name: '政策宣传次数', overAchievement: true, needsDeviationReason: true, deviationReasonMissing: false });
  });

  it('default-weights.txt: without a 分值 column the defaults 50/30/10 (+10) are spread and the total reproduced', async () => {
    const [p] = (await score('fixtures/self-evaluation/default-weights.txt')).projects;
    expect(p!.weightSource).toBe('default');
    expect(p!.indicators.map((l) => l.weight)).toEqual([10, 10, 10, 10, 10, 15, 15, 10]);
    expect(p!.total).toBe(99.4);
    expect(p!.findings).toEqual([]);
  });

  it('reverse-zero-qualitative.txt: reverse, zero-target and qualitative rows reproduce the printed scores', async () => {
    const [p] = (await score('fixtures/self-evaluation/reverse-zero-qualitative.txt')).projects;
    expect(p!.indicators.map((l) => [l.kind, l.score])).toEqual([
      ['reverse', 15],
      ['reverse', 8.4],
      ['reverse', 0],
      ['reverse', 4.89],
      ['zero-target', 10],
      ['zero-target', 0],
      ['qualitative', 14],
      ['qualitative', 2],
      ['satisfaction', 5],
    ]);
    expect(p!.total).toBe(68.49);
    expect(p!.printedTotal).toBe(68.49);
    expect(p!.grade).toBe('fair');
    expect(p!.findings).toEqual([]);
  });

  it('maps to the JSON contract with money in 元', async () => {
    const json = toScoreDocumentJson(await score('fixtures/formats/self-evaluation.xlsx'));
    const p = json.projects[0]!;
    expect(Object.keys(p)).toEqual(['name', 'total', 'printedTotal', 'grade', 'execution', 'indicators', 'findings']);
    expect(p.execution).toEqual({ budget: 150000, executed: 142500, rate: 0.95, score: 9.5 });
    expect(p.indicators[4]).toEqual({ name: '政策宣传知晓率', targetText: '≥90%', actualText: '85%', weight: 5, score: 4.72, printedScore: 5, formula: 'w·a/t = 5×85/90 = 4.72' });
    expect(Object.keys(p.findings[0]!)).toEqual(['category', 'message', 'indicator', 'evidence']);
    expect(p.findings[0]!.indicator).toBe(4);
  });
});

describe('jixiao score', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'packages/cli/bin/jixiao.mjs'), 'score', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  it('--json prints the documented shape', () => {
    const r = run(['fixtures/self-evaluation/conforming.txt', 'fixtures/self-evaluation/inflated.txt', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { documents: { file: string; projects: { total: number; printedTotal: number; execution: { budget: number; rate: number } }[] }[] };
    expect(out.documents.map((d) => [d.file, d.projects[0]!.total, d.projects[0]!.printedTotal])).toEqual([
      ['fixtures/self-evaluation/conforming.txt', 93.52, 93.52],
      ['fixtures/self-evaluation/inflated.txt', 88.75, 100],
    ]);
    expect(out.documents[0]!.projects[0]!.execution).toEqual({ budget: 61182300, executed: 42827600, rate: 0.7, score: 7 });
  }, 150_000);
  it('prints a table without --json', () => {
    const r = run(['fixtures/self-evaluation/inflated.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('总分 88.75（表上 100）  良');
    expect(r.stdout).toContain('[R-SE-06]');
    expect(r.stdout).toContain('[得分不符] 表上总分100分，按规则复核为88.75分（相差11.25分）');
  }, 150_000);
});
