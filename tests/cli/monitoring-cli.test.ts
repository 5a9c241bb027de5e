import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/cli/bin/jixiao.mjs');
const DIR = mkdtempSync(join(tmpdir(), 'jixiao-monitoring-cli-'));
const DB = join(DIR, 'm.db');

function jixiao(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, JIXIAO_DB: DB }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('jixiao monitoring', { timeout: 120_000 }, () => {
  it('imports payments into a sample 004 project, refuses a broken file with Chinese issues, and shows the lights', () => {
    expect(jixiao(['import', join(ROOT, 'fixtures/samples/004_b5b5933a0db36905.txt'), '--year', '2024']).status).toBe(0);
    const list = JSON.parse(jixiao(['projects', 'list', '--json', '--search', '劳务派遣人员经费']).stdout) as { rows: { id: string; name: string }[] };
    const id = list.rows.find((r) => r.name === '劳务派遣人员经费')!.id;

    const broken = jixiao(['monitoring', 'import-payments', join(ROOT, 'fixtures/monitoring/payments-004-broken.csv'), '--project', id]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('支付明细有 2 处无法识别，未导入任何记录');
    expect(broken.stderr).toContain('第3行（C3）：金额“12000.5x”不是精确到分的元数');
    expect(broken.stderr).toContain('第5行（A5）：日期“2024-02-30”无法识别');

    const ok = jixiao(['monitoring', 'import-payments', join(ROOT, 'fixtures/monitoring/payments-004.csv'), '--project', id]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('已导入 6 笔，合计 66,000.50 元');

    const shown = jixiao(['monitoring', 'show', id, '--today', '2024-07-15', '--json']);
    expect(shown.status).toBe(0);
    const m = JSON.parse(shown.stdout) as { view: { year: number; executed: number; checkpoints: { month: number; light: string | null }[] }; entries: unknown[] };
    expect(m.view.year).toBe(2024);
    expect(m.entries).toHaveLength(6);
    expect(m.view.executed).toBe(6_600_050);
    expect(m.view.checkpoints.map((c) => [c.month, c.light])).toEqual([[3, 'green'], [6, 'yellow'], [10, null], [12, null]]);
    const text = jixiao(['monitoring', 'show', id, '--today', '2024-07-15']);
    expect(text.stdout).toContain('[6月] 黄灯  执行 66,000.50 元，执行率 38.37%');
    expect(jixiao(['monitoring', 'show', 'no-such-project']).status).toBe(1);
  });

  it('saves a spending plan (refusing a falling one), relights the checkpoints and exports the June table', async () => {
    const list = JSON.parse(jixiao(['projects', 'list', '--json', '--search', '劳务派遣人员经费']).stdout) as { rows: { id: string; name: string }[] };
    const id = list.rows.find((r) => r.name === '劳务派遣人员经费')!.id;
    const falling = jixiao(['monitoring', 'plan', id, '--set', '3:40,6:30']);
    expect(falling.status).toBe(1);
    expect(falling.stderr).toContain('资金支出计划有误：6月底的累计比例 30% 低于3月底的 40%');
    expect(jixiao(['monitoring', 'plan', id, '--set', '3月']).status).toBe(2);
    const saved = jixiao(['monitoring', 'plan', id, '--set', '3:30,6:60,10:80,12:100', '--year', '2024']);
    expect(saved.stderr).toBe('');
    expect(saved.stdout).toContain('已保存资金支出计划第 1 版（2024年度）：3月底30%，6月底60%，10月底80%，12月底100%');
    // 6月: 38.37 % against 60 % is 21.63 points behind: red (it was yellow against the declared 50 %).
    const text = jixiao(['monitoring', 'show', id, '--today', '2024-07-15']);
    expect(text.stdout).toContain('[3月] 绿灯');
    expect(text.stdout).toContain('[6月] 红灯  执行 66,000.50 元，执行率 38.37%');
    const out = join(DIR, 'june.xlsx');
    const exported = jixiao(['monitoring', 'export', id, '--month', '6', '--out', out]);
    expect(exported.stdout).toContain(`已导出 ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('绩效运行监控表')!;
    expect(ws.getCell('F6').value).toBe('38.37%');
    expect(ws.getCell('I6').value).toBe('红灯（严重偏差）');
  });
});
