import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeDocument, splitTextRows } from '@jixiao/core';
import type { BenchMeasure, BenchOptions } from './bench-types';
import { measureBest } from './measure';

const SAMPLES = join(import.meta.dirname, '../fixtures/samples');

/**
 * Parse throughput (MB/s of document text) against a floor that only decodes the same bytes and
 * splits them into lines, in the same run. The corpus is the five samples repeated.
 */
export async function benchParse(opts: BenchOptions): Promise<BenchMeasure[]> {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SAMPLES, f)));
  const one = Buffer.concat(files);
  const copies = Math.max(1, Math.round((opts.quick ? 0.4 : 6) * 1e6 / one.length));
  const corpus = new Uint8Array(Buffer.concat(Array.from({ length: copies }, () => one)));
  const mb = corpus.length / 1e6;
  const runs = opts.quick ? 2 : 5;
  let lines = 0;
  const floor = await measureBest(() => {
    lines = new TextDecoder().decode(corpus).split('\n').length;
  }, runs);
  let projects = 0;
  const parse = await measureBest(() => {
    const text = new TextDecoder().decode(corpus);
    const rows = splitTextRows(text);
    projects = recognizeDocument({ format: 'txt', rows, issues: [] }, { file: 'bench.txt' }).projects.length;
  }, runs);
  return [
    { name: 'parse.throughput', value: round(mb / (parse / 1000)), unit: 'MB/s', baseline: round(mb / (floor / 1000)), ratio: round(floor / parse, 4), aim: '≥ 20 MB/s', note: `${mb.toFixed(2)} MB, ${lines} lines, ${projects} projects per run; ratio = floor time / parse time` },
  ];
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
