import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '@jixiao/app';
import { parseTargetValue, recognizeDocument, type CellDocument, type ImportedDocument } from '@jixiao/core';
import { countFuzzCase, FUZZ_MS_PER_KB } from './support/count-fuzz-case';
import { createRandom, mutateBinary, mutateSample, type FuzzCase } from './support/mutate-document';
import { createHardeningCounters, recordHardeningCounters } from './support/record-hardening-counters';

// Mutation fuzzing of the five real samples (and the binary format fixtures) through the whole
// parse pipeline (readDocument → recognizeDocument): no exception, every problem an import issue,
// no parse slower than 100 ms per KB. Bounded by time (JIXIAO_FUZZ_SECONDS, 10 s by default) and
// cases (JIXIAO_FUZZ_CASES, 3,000 by default; 0 = no cap). A case is reproducible from the seed
// printed and its number: JIXIAO_FUZZ_SEED=<seed> JIXIAO_FUZZ_ONLY=<n>.
const SECONDS = Number(process.env.JIXIAO_FUZZ_SECONDS ?? 10);
const MAX_CASES = Number(process.env.JIXIAO_FUZZ_CASES ?? (process.env.JIXIAO_FUZZ_SECONDS ? 0 : 3000));
const SEED = Number(process.env.JIXIAO_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const ONLY = process.env.JIXIAO_FUZZ_ONLY === undefined ? null : Number(process.env.JIXIAO_FUZZ_ONLY);

const counters = createHardeningCounters();
afterAll(() => recordHardeningCounters('fuzz-importer', counters));

const SAMPLES = readdirSync('fixtures/samples')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(`fixtures/samples/${f}`, 'utf8') }));
const BINARIES = ['000-declaration.docx', '002-target-table.xlsx', '002-target-table.pdf', 'self-evaluation.xlsx'].map((f) => ({
  name: f,
  bytes: new Uint8Array(readFileSync(`fixtures/formats/${f}`)),
}));

/** Case n of the run with `seed`: nine in ten mutate a sample, one in ten a binary fixture. */
function makeCase(seed: number, n: number): FuzzCase {
  const r = createRandom((seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0);
  if (r() < 0.9) {
    const sample = SAMPLES[Math.floor(r() * SAMPLES.length)]!;
    return mutateSample(r, sample.name, sample.text);
  }
  const binary = BINARIES[Math.floor(r() * BINARIES.length)]!;
  return mutateBinary(r, binary.name, binary.bytes);
}

/** What every parse result must satisfy, whatever the input. */
function checkResult(doc: ImportedDocument, label: string): void {
  expect(Array.isArray(doc.projects), label).toBe(true);
  for (const issue of doc.issues) {
    expect(typeof issue.code, label).toBe('string');
    expect(['error', 'warning', 'info'], label).toContain(issue.severity);
    expect(issue.message, `${label}: ${issue.code}`).toMatch(/[\u4e00-\u9fff]/);
  }
  for (const p of doc.projects) {
    for (const fen of [p.funds.total, p.funds.fiscal, p.funds.other]) if (fen !== null) expect(Number.isSafeInteger(fen), label).toBe(true);
  }
  // A document that yielded nothing says why.
  if (doc.projects.length === 0 && doc.departmentTargets.length === 0) expect(doc.issues.length, label).toBeGreaterThan(0);
}

describe(`mutation fuzzing of the samples through parseDocument (seed ${SEED})`, () => {
  // The first read of each binary format loads its reader (the PDF worker thread starts through tsx:
  // seconds on a busy machine); that happens here, outside the time budget of the cases.
  beforeAll(async () => {
    for (const b of BINARIES) await parseDocument(b.bytes, b.name);
  }, 120_000);
  it('never throws, reports every failure as an issue and stays under 100 ms per KB', async () => {
    const deadline = performance.now() + SECONDS * 1000;
    const failures: string[] = [];
    for (let n = ONLY ?? 0; ; n++) {
      if (ONLY !== null && n > ONLY) break;
      if (ONLY === null && (performance.now() > deadline || (MAX_CASES > 0 && n >= MAX_CASES))) break;
      const c = makeCase(SEED, n);
      const label = `case ${n} (${c.label}, ${c.bytes.length} B)`;
      const outcome = await countFuzzCase(counters, c.bytes.length, () => parseDocument(c.bytes, c.fileName));
      if (outcome.error) failures.push(`${label}: threw ${outcome.error}`);
      else if (outcome.slow) failures.push(`${label}: ${outcome.msPerKb.toFixed(1)} ms/KB`);
      else checkResult(outcome.value!, label);
    }
    console.log(`fuzz-importer: seed ${SEED}, ${counters.fuzzCases} cases, max ${counters.maxMsPerKb.toFixed(2)} ms/KB (limit ${FUZZ_MS_PER_KB})`);
    expect(failures).toEqual([]);
    expect(counters.fuzzCases).toBeGreaterThan(0);
  }, (SECONDS + 60) * 1000);
});

// Property-based: arbitrary rows of cells, made of the words the recogniser reacts to, go straight
// into recognizeDocument. Whatever the rows, it returns a result, places or reports every row.
const WORDS = [
  '项目名称', '主管部门及代码', '实施单位', '项目属性', '项目期', '年度资金总额', '其中：财政拨款', '其他资金', '年度绩效目标', '一级指标', '二级指标',
  '三级指标', '指标值', '产出指标', '数量指标', '质量指标', '时效指标', '成本指标', '效益指标', '满意度指标', '服务对象满意度', '≥95%', '≤100万元', '10',
  '100%', '2024年', '（万元）', '绩效目标表', '部门整体支出绩效目标表', '总体绩效目标', '填报人', '联系电话', '合计', '一、', '（一）', '1.', '', ' ', '\u3000',
  '必填', '选填', '年度目标', '长期目标', '有所提高', '#', '——',
];
const cell = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 60 });
const PROPERTY_RUNS = Number(process.env.JIXIAO_FUZZ_PROPERTY_RUNS ?? 400);

describe('recognizeDocument on generated rows (fast-check)', () => {
  it('never throws and accounts for every row', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(rows, fc.constantFrom<CellDocument['format']>('txt', 'docx', 'xlsx', 'html', 'pdf'), async (cells, format) => {
        const doc: CellDocument = { format, rows: cells.map((c, i) => ({ cells: c, loc: { line: i + 1 } })), issues: [] };
        const bytes = cells.reduce((s, r) => s + r.join('\t').length * 3 + 1, 0);
        const outcome = await countFuzzCase(counters, bytes, () => Promise.resolve(recognizeDocument(doc, { file: 'generated.txt', withRows: true })));
        n++;
        if (outcome.error) throw new Error(`threw ${outcome.error}`);
        expect(outcome.slow).toBe(false);
        const result = outcome.value!;
        for (const row of result.rows ?? []) expect(['used', 'boilerplate', 'unplaced', 'blank']).toContain(row.status);
        for (const issue of result.issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: PROPERTY_RUNS, seed: SEED },
    );
    expect(n).toBeGreaterThanOrEqual(PROPERTY_RUNS);
  }, 120_000);
});

// Property-based: the target-value grammar (≥8万册, ≤197.36元/人/年, 有所提高 …) on text made of its
// own characters and words, and on arbitrary text, up to a few KB: it never throws, either reads a
// value or says why not (in Chinese), and stays under 100 ms per KB.
const VALUE_CHARS = [...'≥≤<>=＞＜≧≦０１２0123456789.,，%％万亿千百元人次册年月日天个户项-—~～;；:：()（）/\\ 　\t\n提高降低不低于超过以上以下内每季度定性合计之分*xX'];
const VALUE_WORDS = ['≥', '≤', '不低于', '不超过', '有所提高', '逐步提升', '8万册', '197.36元/人/年', '95%', '百分之九十', '两个月', '2024年12月底前', '≥90%；≤100%', '定性', '#', '——'];
const valueText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...VALUE_CHARS), { maxLength: 3000 }).map((cs) => cs.join('')),
  fc.array(fc.oneof(fc.constantFrom(...VALUE_WORDS), fc.constantFrom(...VALUE_CHARS)), { maxLength: 400 }).map((ws) => ws.join('')),
);
const VALUE_RUNS = Number(process.env.JIXIAO_FUZZ_PROPERTY_RUNS ?? 400) * 5;

describe('parseTargetValue on generated text (fast-check)', () => {
  it('never throws, reads a value or says why, under 100 ms per KB', async () => {
    await fc.assert(
      fc.asyncProperty(valueText, async (text) => {
        const outcome = await countFuzzCase(counters, new TextEncoder().encode(text).length, () => Promise.resolve(parseTargetValue(text)));
        if (outcome.error) throw new Error(`threw ${outcome.error}`);
        expect(outcome.slow).toBe(false);
        const r = outcome.value!;
        expect((r.target === null) !== (r.issue === null), text.slice(0, 100)).toBe(true);
        if (r.issue) expect(r.issue.message).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: VALUE_RUNS, seed: SEED },
    );
  }, 120_000);
});
