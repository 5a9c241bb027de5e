import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/cli/bin/jixiao.mjs');

// PDFs are read in a worker thread (read-pdf-isolated); an idle worker must not keep the CLI alive.
describe('the CLI exits on its own after reading a PDF', { timeout: 120_000 }, () => {
  it('score on the conforming self-evaluation PDF prints the recomputed total and exits 0', () => {
    const r = spawnSync(process.execPath, [BIN, 'score', 'fixtures/self-evaluation/conforming.pdf', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
    expect(r.signal).toBeNull(); // killed by the timeout = the worker kept the process alive
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { documents: { projects: { total: number; printedTotal: number }[] }[] };
    expect(out.documents[0]!.projects[0]!.total).toBe(93.52);
    expect(out.documents[0]!.projects[0]!.printedTotal).toBe(93.52);
  });
});
