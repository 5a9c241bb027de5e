import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createArgon2Hasher, createServer } from '@jixiao/server';
import { openDatabase } from '@jixiao/storage';
import type { BenchMeasure, BenchOptions } from './bench-types';
import { loadSampleProjects } from './sample-projects';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'packages/web/dist');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * The web app: gzip size of the JavaScript the first page loads (floor: the entry chunk alone),
 * first load time on loopback (floor: /api/health), and the live review of a 60-indicator project
 * in Chromium, ms per edit (floor: copying the project per edit, in the same page).
 */
export async function benchWeb(opts: BenchOptions): Promise<BenchMeasure[]> {
  const out: BenchMeasure[] = [];
  if (!existsSync(join(DIST, 'index.html'))) return [{ name: 'web', value: -1, unit: '', baseline: null, ratio: null, note: 'SKIPPED: run npm run build:web first' }];
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (f: string) => gzipSync(readFileSync(join(DIST, f))).length;
  const total = files.reduce((s, f) => s + gz(f), 0);
  out.push({ name: 'web.first-page-js-gzip', value: Math.round(total / 102.4) / 10, unit: 'KB', baseline: Math.round(gz(files[0]!) / 102.4) / 10, ratio: round(total / gz(files[0]!)), aim: '≤ 350 KB', note: `${files.length} files loaded by the login page` });

  const chromiumPath = process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    out.push({ name: 'web.browser', value: -1, unit: '', baseline: null, ratio: null, note: 'SKIPPED: Chromium not installed' });
    return out;
  }
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-web-'));
  const database = await openDatabase({ sqlitePath: join(dir, 'web.db'), migrate: true, env: {} });
  const app = await createServer({ db: database.db, hasher: createArgon2Hasher(), config: { webDistDir: DIST } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ARGS });
  try {
    const runs = opts.quick ? 3 : 8;
    const loads: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let t0 = performance.now();
      await page.goto(`${base}/api/health`);
      floors.push(performance.now() - t0);
      t0 = performance.now();
      await page.goto(`${base}/login`, { waitUntil: 'load' });
      await page.waitForSelector('input', { timeout: 30_000 });
      loads.push(performance.now() - t0);
      await context.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    out.push({ name: 'web.first-load', value: round(median(loads)), unit: 'ms', baseline: round(median(floors)), ratio: round(median(loads) / median(floors)), note: `median of ${runs} cold loads of the login page until its form renders (new browser context each)` });

    // The review engine bundled for the browser, exactly as the web app imports it.
    const bundle = await build({ entryPoints: [join(ROOT, 'packages/core/src/index.ts')], bundle: true, format: 'iife', globalName: 'JixiaoCore', write: false, platform: 'browser', logLevel: 'silent' });
    const sample = loadSampleProjects().find((p) => p.indicators.length >= 10)!;
    const indicators = Array.from({ length: 60 }, (_, i) => ({ ...sample.indicators[i % sample.indicators.length]!, name: `${sample.indicators[i % sample.indicators.length]!.name}${i}` }));
    const project = { ...sample, indicators };
    const page = await browser.newPage();
    await page.goto('about:blank');
    // tsx compiles this file with keepNames, which wraps functions in `__name(…)`; the page needs it too.
    await page.addScriptTag({ content: 'globalThis.__name = (f) => f;' });
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const edits = opts.quick ? 200 : 1000;
    const result = await page.evaluate(
      ({ project, edits }) => {
        const core = (globalThis as unknown as { JixiaoCore: { reviewProject: (p: unknown) => unknown } }).JixiaoCore;
        const values = ['≥90%', '≥95%', '100%', '≥8万册', '有所提高'];
        const edit = (i: number) => {
          const copy = structuredClone(project) as { indicators: { targetText: string | null }[] };
          copy.indicators[i % 60]!.targetText = values[i % values.length]!;
          return copy;
        };
        for (let i = 0; i < 50; i++) core.reviewProject(edit(i));
        let t0 = performance.now();
        for (let i = 0; i < edits; i++) edit(i);
        const floor = (performance.now() - t0) / edits;
        t0 = performance.now();
        for (let i = 0; i < edits; i++) core.reviewProject(edit(i));
        return { perEdit: (performance.now() - t0) / edits, floor };
      },
      { project, edits },
    );
    out.push({ name: 'web.live-review-60-indicators', value: round(result.perEdit, 3), unit: 'ms/edit', baseline: round(result.floor, 3), ratio: round(result.perEdit / result.floor), aim: '≤ 16 ms', note: `reviewProject in Chromium on a 60-indicator project, ${edits} edits` });
  } finally {
    await browser.close();
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

function round(n: number, d = 2): number {
  const f = 10 ** d;
  return Math.round(n * f) / f;
}
