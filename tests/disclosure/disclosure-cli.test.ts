import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../packages/cli/src/main';
import { CORRECTED_001, SAMPLE_001 } from './load-disclosure';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = undefined;
  const code = await runCli(['node', 'jixiao', ...args]);
  process.exitCode = undefined;
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('jixiao disclosure check', () => {
  it('prints the findings of 001 as JSON and exits 1', async () => {
    const { code, out } = await run(['disclosure', 'check', fileURLToPath(SAMPLE_001), '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(out) as { findings: { category: string; tables: string[]; evidence: Record<string, unknown> }[] };
    expect(json.findings).toHaveLength(19);
    expect(json.findings[4]).toMatchObject({ category: 'disclosure-mismatch', tables: ['表1', '表5'], evidence: { code: '205', 表1: 336000 } });
  });

  it('prints a readable report and exits 0 on the corrected copy', async () => {
    const { code, out } = await run(['disclosure', 'check', fileURLToPath(CORRECTED_001)]);
    expect(code).toBe(0);
    expect(out).toContain('0 条意见');
  });

  it('exits 2 for a missing file or a file without a disclosure', async () => {
    expect((await run(['disclosure', 'check', '/nonexistent/file.txt'])).code).toBe(2);
    const none = await run(['disclosure', 'check', fileURLToPath(new URL('../../package.json', import.meta.url))]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('没有部门预算公开内容');
  });
});
