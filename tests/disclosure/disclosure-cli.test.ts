import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
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

describe('jixiao disclosure build', () => {
  const SMALL = fileURLToPath(new URL('../../fixtures/disclosure/small-department.json', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-disclosure-build-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the small department as a data package folder and reports the clean check', async () => {
    const out = join(dir, 'small-package');
    const { code, out: stdout, err } = await run(['disclosure', 'build', SMALL, '--format', 'datapackage', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe(`已生成 17 张表（3 张空表，模板 shaanxi-16）：${out}\n`);
    expect(err).toContain('检查：0 条意见（0 条错误）');
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { resources: { path: string }[] };
    expect(descriptor.resources).toHaveLength(18);
    for (const r of descriptor.resources) expect(existsSync(join(out, r.path)), r.path).toBe(true);
  });

  it('builds 001 (read back from its text) with the core-8 template as XLSX, printing what it resolved', async () => {
    const out = join(dir, '001-core8.xlsx');
    const { code, out: stdout, err } = await run(['disclosure', 'build', fileURLToPath(SAMPLE_001), '--template', 'core-8', '--format', 'xlsx', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('已生成 8 张表（1 张空表，模板 core-8）');
    expect(err).toContain('读入说明：表1“教育支出”列 3,360.00 元，表5为 0.00 元');
    expect(err).toContain('[错误] yoy-reason');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name.split(' ')[0])).toEqual(['公开说明', '表1', '表2', '表3', '表4', '表5', '表6', '表7', '表8']);
  });

  it('writes one zip for a data package when --out ends with .zip, and a DOCX', async () => {
    const zip = join(dir, 'small.zip');
    expect((await run(['disclosure', 'build', SMALL, '--format', 'datapackage', '--out', zip])).code).toBe(0);
    expect(readFileSync(zip).subarray(0, 2).toString()).toBe('PK');
    const docx = join(dir, 'small.docx');
    expect((await run(['disclosure', 'build', SMALL, '--format', 'docx', '--out', docx])).code).toBe(0);
    expect((await mammoth.extractRawText({ path: docx })).value).toContain('部门综合预算收支总表');
  });

  it('refuses to write with --strict while an error remains (exit 1)', async () => {
    const out = join(dir, 'strict.pdf');
    const { code, err } = await run(['disclosure', 'build', fileURLToPath(SAMPLE_001), '--format', 'pdf', '--out', out, '--strict']);
    expect(code).toBe(1);
    expect(err).toContain('检查有错误，未输出文件');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with Chinese messages for bad input: JSON syntax with its position, a wrong shape with its path, unknown options', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 1,\n "department": {"name": "x"},}');
    const syntax = await run(['disclosure', 'build', bad, '--format', 'xlsx', '--out', join(dir, 'x.xlsx')]);
    expect(syntax.code).toBe(2);
    expect(syntax.err).toContain('不是有效的 JSON：第 2 行第 30 列语法错误');
    const shape = join(dir, 'shape.json');
    writeFileSync(shape, JSON.stringify({ schemaVersion: 1, department: { name: '示范局' }, fiscalYear: 2024, lines: [{ id: 'L1', unitCode: 'u', source: 'generalBudget', functionCode: '2101501', deptEconomicCode: '30101', kind: 'wages', amount: 1.5 }] }));
    const wrong = await run(['disclosure', 'build', shape, '--format', 'xlsx', '--out', join(dir, 'y.xlsx')]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('不符合部门预算数据格式：lines[0].kind 应为 personnel/publicUse/project；lines[0].amount 应为整数（分）');
    expect((await run(['disclosure', 'build', SMALL, '--format', 'odt', '--out', join(dir, 'z')])).err).toContain('未知的格式“odt”');
    expect((await run(['disclosure', 'build', SMALL, '--template', 'x', '--format', 'pdf', '--out', join(dir, 'z')])).err).toContain('未知的模板“x”');
    expect((await run(['disclosure', 'build', join(dir, 'missing.json'), '--format', 'pdf', '--out', join(dir, 'z')])).code).toBe(2);
    expect(existsSync(join(dir, 'x.xlsx')) || existsSync(join(dir, 'y.xlsx'))).toBe(false);
  });
});
