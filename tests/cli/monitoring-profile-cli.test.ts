import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listUnits, openDatabase, saveMonitoringProfile } from '@jixiao/storage';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/cli/bin/jixiao.mjs');
const DB = join(mkdtempSync(join(tmpdir(), 'jixiao-monitoring-profile-cli-')), 'm.db');

function jixiao(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, JIXIAO_DB: DB }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('jixiao monitoring show with a unit’s thresholds', { timeout: 120_000 }, () => {
  it('shows the lights and the thresholds of the project’s unit (green by default, yellow under 3.5/5 points)', async () => {
    expect(jixiao(['import', join(ROOT, 'fixtures/samples/004_b5b5933a0db36905.txt'), '--year', '2024']).status).toBe(0);
    const list = JSON.parse(jixiao(['projects', 'list', '--json', '--search', '劳务派遣人员经费']).stdout) as { rows: { id: string; name: string; unitId: string }[] };
    const project = list.rows.find((r) => r.name === '劳务派遣人员经费')!;
    expect(jixiao(['monitoring', 'import-payments', join(ROOT, 'fixtures/monitoring/payments-004.csv'), '--project', project.id]).status).toBe(0);
    const before = jixiao(['monitoring', 'show', project.id, '--today', '2024-07-15']);
    expect(before.stdout).toContain('[3月] 绿灯');
    expect(before.stdout).toContain('预警阈值（规则默认值 R-MON-04/05）：执行落后超过 10 个百分点黄灯、超过 20 个百分点红灯，序时进度按日');

    const database = await openDatabase({ sqlitePath: DB, migrate: false, env: {} });
    const unit = (await listUnits(database.db)).find((u) => u.id === project.unitId)!;
    await saveMonitoringProfile(database.db, unit.id, { executionYellowPoints: 3.5, executionRedPoints: 5, timeBasis: 'daily', indicatorBands: { red: 0.6, yellow: 0.8, blue: 1.2 } }, 0, 'test');
    await database.close();

    const after = jixiao(['monitoring', 'show', project.id, '--today', '2024-07-15']);
    // 3月: 20.93 % is 4.07 points behind the plan's 25 % → beyond 3.5 → yellow; 6月 11.63 behind → red.
    expect(after.stdout).toContain('[3月] 黄灯');
    expect(after.stdout).toContain('[6月] 红灯  执行 66,000.50 元，执行率 38.37%');
    expect(after.stdout).toContain(`预警阈值（${unit.name}设置）：执行落后超过 3.5 个百分点黄灯、超过 5 个百分点红灯`);
    const json = JSON.parse(jixiao(['monitoring', 'show', project.id, '--today', '2024-07-15', '--json']).stdout) as { profile: { source: { unitName: string } } };
    expect(json.profile.source.unitName).toBe(unit.name);
  });
});
