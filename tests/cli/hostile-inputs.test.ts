import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, truncateSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/cli/bin/jixiao.mjs');
const dir = mkdtempSync(join(tmpdir(), 'jixiao-hostile-'));

function jixiao(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bad input gets a clear error, in bounded time, and nothing is written', { timeout: 180_000 }, () => {
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'garbage.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  writeFileSync(join(dir, 'truncated.docx'), readFileSync(join(ROOT, 'fixtures/formats/000-declaration.docx')).subarray(0, 3000));
  writeFileSync(join(dir, 'prose.txt'), '这是一份会议纪要，没有任何绩效目标。\n第二行。\n');
  writeFileSync(join(dir, 'big.txt'), '');
  truncateSync(join(dir, 'big.txt'), 100 * 1024 * 1024); // 100 MB sparse file

  it('parse --json reports each file with a Chinese message and exits 2', () => {
    const r = jixiao(['parse', '--json', ...['empty.txt', 'garbage.bin', 'truncated.docx', 'prose.txt', 'big.txt'].map((f) => join(dir, f))]);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout) as { documents: { file: string; projects: unknown[]; issues: { code: string; message: string }[] }[] };
    const codes = Object.fromEntries(out.documents.map((d) => [d.file.split('/').pop(), d.issues.map((i) => i.code)]));
    expect(codes['empty.txt']).toContain('no-target-found');
    expect(codes['garbage.bin']).toContain('binary-file');
    expect(codes['truncated.docx']).toContain('corrupt-file');
    expect(codes['prose.txt']).toContain('no-target-found');
    expect(codes['big.txt']).toContain('file-too-large');
    for (const d of out.documents) {
      expect(d.projects).toEqual([]);
      for (const i of d.issues) expect(i.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('import of broken files writes nothing and exits 1; a good file in the same run is stored', () => {
    const db = join(dir, 'hostile.db');
    const bad = jixiao(['import', join(dir, 'garbage.bin'), join(dir, 'empty.txt')], { JIXIAO_DB: db });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/失败 2/);
    const list = jixiao(['projects', 'list', '--json'], { JIXIAO_DB: db });
    expect(JSON.parse(list.stdout).total).toBe(0);
    const mixed = jixiao(['import', join(ROOT, 'fixtures/samples/002_958eda048e829117.txt'), join(dir, 'garbage.bin')], { JIXIAO_DB: db });
    expect(mixed.status).toBe(1);
    expect(JSON.parse(jixiao(['projects', 'list', '--json'], { JIXIAO_DB: db }).stdout).total).toBe(3);
    // Importing the same file again does not duplicate projects.
    jixiao(['import', join(ROOT, 'fixtures/samples/002_958eda048e829117.txt')], { JIXIAO_DB: db });
    expect(JSON.parse(jixiao(['projects', 'list', '--json'], { JIXIAO_DB: db }).stdout).total).toBe(3);
    expect(existsSync(db)).toBe(true);
  });

  it('parse --json of a sample follows the documented contract', () => {
    const r = jixiao(['parse', '--json', join(ROOT, 'fixtures/samples/000_090c4012b2f0612f.txt')]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.layout).toBe('declaration-form');
    expect(doc.projects).toHaveLength(17);
    expect(doc.projects[0]).toMatchObject({ name: '医疗保障政策宣传费', year: 2024, kind: 'continuing', funds: { total: 550000, fiscal: 550000, other: 0 } });
    expect(doc.projects[0].indicators[0]).toMatchObject({
      level1: 'output', level2: 'quantity', level1Text: '产出指标', level2Text: '数量指标 (必填)', name: '印制宣传册、明白卡', targetText: '≥8万册', target: { op: '>=', value: 80000, unit: '册' },
    });
  });

  it('gen refuses zero units or years with a Chinese message before touching the database', () => {
    const db = join(dir, 'gen.db');
    for (const args of [['--units', '0', '--projects', '10'], ['--units', '3', '--projects', '10', '--years', '0']]) {
      const r = jixiao(['gen', ...args], { JIXIAO_DB: db, DATABASE_URL: '' });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('必须至少为 1：0');
    }
    expect(existsSync(db)).toBe(false);
  });
});
