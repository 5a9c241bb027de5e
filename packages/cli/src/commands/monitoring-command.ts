import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  MONITORING_EXPORT_FORMATS,
  exportMonitoringTable,
  findToday,
  getProjectMonitoring,
  importPayments,
  isDomainError,
  saveMonitoringPlan,
  type Actor,
  type MonitoringExportFormat,
} from '@jixiao/app';
import { formatWan, formatYuan, type PaymentIssue, type TrafficLight } from '@jixiao/core';
import { withDatabase } from '../with-database';

const LIGHT: Readonly<Record<TrafficLight, string>> = { green: '绿灯', yellow: '黄灯', red: '红灯', blue: '蓝灯' };

/** The local operator (who has the database itself): sees every unit and records as a unit head; the name is audited. */
function createCliActor(name: string): Actor {
  return { userId: `cli:${name}`, username: name, displayName: name, role: 'unit_head', unitId: null, unitName: null, scope: { all: true } };
}

/** `3:25,6:50,10:75,12:100` → checkpoints; null when a part is not `month:percent`. */
function parsePlanOption(text: string): { month: number; percent: number }[] | null {
  const parts = text.split(/[,，\s]+/).filter(Boolean);
  const out: { month: number; percent: number }[] = [];
  for (const part of parts) {
    const m = /^(\d{1,2})[:：=](\d+(?:\.\d+)?)%?$/.exec(part);
    if (!m) return null;
    out.push({ month: Number(m[1]), percent: Number(m[2]) });
  }
  return out;
}

function percent(fraction: number | null | undefined): string {
  return fraction == null ? '—' : `${(fraction * 100).toFixed(2)}%`;
}

/** `jixiao monitoring show|plan|import-payments|export`: 双监控 of a stored project. */
export function registerMonitoringCommand(program: Command): void {
  const monitoring = program.command('monitoring').description('运行监控（双监控）：预算执行与指标进度的红绿灯');
  monitoring
    .command('show')
    .description('显示项目的执行进度、各监控节点红绿灯')
    .argument('<projectId>')
    .option('--today <date>', '按此日期判断节点是否到期（YYYY-MM-DD）')
    .option('--json', '输出 JSON')
    .action(async (projectId: string, opts: { today?: string; json?: boolean }) => {
      await withDatabase(async ({ db }) => {
        try {
          const m = await getProjectMonitoring(db, createCliActor('cli'), projectId, opts.today ?? findToday());
          if (opts.json) {
            const { stored, ...rest } = m;
            process.stdout.write(`${JSON.stringify({ id: stored.id, name: stored.project.name, status: stored.status, ...rest }, null, 2)}\n`);
            return;
          }
          const v = m.view;
          process.stdout.write(`${m.stored.project.name}（${v.year}年度，状态 ${m.stored.status}）\n`);
          process.stdout.write(`全年预算数 ${v.budget == null ? '—' : `${formatWan(v.budget)}万元`}，已执行 ${formatYuan(v.executed)} 元（${m.entries.length} 笔）\n`);
          process.stdout.write(`资金支出计划（${m.planSource === 'monitoring' ? '监控计划' : m.planSource === 'declared' ? '申报表' : '未填'}）：${m.plan.map((c) => `${c.month}月底${c.percent}%`).join('，') || '—'}\n`);
          const t = m.profile.profile;
          const basis = { daily: '按日', monthly: '按月', quarterly: '按季度节点' }[t.timeBasis];
          process.stdout.write(
            `预警阈值（${m.profile.source ? `${m.profile.source.unitName}设置` : '规则默认值 R-MON-04/05'}）：执行落后超过 ${t.executionYellowPoints} 个百分点黄灯、超过 ${t.executionRedPoints} 个百分点红灯，序时进度${basis}；指标 a/s < ${t.indicatorBands.red} 红灯、< ${t.indicatorBands.yellow} 黄灯、≥ ${t.indicatorBands.blue} 蓝灯\n`,
          );
          for (const c of v.checkpoints) {
            const head = c.state === 'pending' ? '未到期' : c.light ? LIGHT[c.light] : '—';
            process.stdout.write(`\n[${c.month}月] ${head}  执行 ${formatYuan(c.executed)} 元，执行率 ${percent(c.execution?.rate)}\n`);
            if (c.execution) process.stdout.write(`  ${c.execution.formula}\n`);
            for (const i of c.indicators.filter((x) => x.progress)) {
              process.stdout.write(`  ${LIGHT[i.progress!.light]}  ${i.name}（${i.targetText ?? '—'}）：${i.progressText}  ${i.progress!.formula}\n`);
            }
            for (const p of c.problems) process.stdout.write(`  ！${p.message}\n`);
          }
        } catch (e) {
          if (!isDomainError(e)) throw e;
          process.stderr.write(`错误：${e.message}\n`);
          process.exitCode = 1;
        }
      });
    });
  monitoring
    .command('plan')
    .description('保存监控用的资金支出计划（累计比例，如 3:25,6:50,10:75,12:100）')
    .argument('<projectId>')
    .requiredOption('--set <checkpoints>', '月份:累计百分比，逗号分隔')
    .option('--year <year>', '监控年度', (v) => Number(v))
    .option('--actor <name>', '记入审计日志的操作人', 'cli')
    .action(async (projectId: string, opts: { set: string; year?: number; actor: string }) => {
      const checkpoints = parsePlanOption(opts.set);
      if (!checkpoints || checkpoints.length === 0) {
        process.stderr.write(`错误：资金支出计划“${opts.set}”应写作 3:25,6:50,10:75,12:100\n`);
        process.exitCode = 2;
        return;
      }
      await withDatabase(async ({ db }) => {
        try {
          const actor = createCliActor(opts.actor);
          const current = await getProjectMonitoring(db, actor, projectId);
          const saved = await saveMonitoringPlan(db, actor, projectId, { version: current.planVersion, fiscalYear: opts.year ?? current.view.year, checkpoints });
          process.stdout.write(`已保存资金支出计划第 ${saved.version} 版（${saved.fiscalYear ?? '—'}年度）：${saved.checkpoints.map((c) => `${c.month}月底${c.percent}%`).join('，')}\n`);
        } catch (e) {
          if (!isDomainError(e)) throw e;
          process.stderr.write(`错误：${e.message}\n`);
          process.exitCode = 1;
        }
      });
    });
  monitoring
    .command('import-payments')
    .description('从 CSV/Excel 支付明细导入执行数（有任何无法识别的行则全部不导入）')
    .argument('<file>')
    .requiredOption('--project <id>', '项目 id')
    .option('--preview', '只检查，不写入')
    .option('--actor <name>', '记入审计日志的操作人', 'cli')
    .option('--json', '输出 JSON')
    .action(async (file: string, opts: { project: string; preview?: boolean; actor: string; json?: boolean }) => {
      const bytes = new Uint8Array(await readFile(file));
      await withDatabase(async ({ db }) => {
        try {
          const r = await importPayments(db, createCliActor(opts.actor), opts.project, { bytes, fileName: basename(file) }, { preview: opts.preview ?? false });
          if (opts.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          else process.stdout.write(`${opts.preview ? '预览' : '已导入'} ${opts.preview ? r.entries.length : r.imported} 笔，合计 ${formatYuan(r.total)} 元${r.skipped.length ? `，跳过合计行 ${r.skipped.length} 行` : ''}\n`);
          if (r.issues.length > 0) {
            for (const i of r.issues) process.stderr.write(`${i.message}\n`);
            process.exitCode = 1;
          }
        } catch (e) {
          if (!isDomainError(e)) throw e;
          const issues = (e.params.issues as PaymentIssue[] | undefined) ?? [];
          if (issues.length > 0) {
            process.stderr.write(`支付明细有 ${issues.length} 处无法识别，未导入任何记录：\n`);
            for (const i of issues) process.stderr.write(`  ${i.message}\n`);
          } else process.stderr.write(`错误：${e.message}\n`);
          process.exitCode = 1;
        }
      });
    });
  monitoring
    .command('export')
    .description('导出项目支出绩效运行监控表（xlsx 或 pdf）')
    .argument('<projectId>')
    .option('--format <format>', MONITORING_EXPORT_FORMATS.join('|'), 'xlsx')
    .option('--month <month>', '监控节点月份', (v) => Number(v))
    .requiredOption('--out <file>', '输出文件')
    .action(async (projectId: string, opts: { format: string; month?: number; out: string }) => {
      if (!(MONITORING_EXPORT_FORMATS as readonly string[]).includes(opts.format)) {
        process.stderr.write(`错误：不支持的格式 ${opts.format}\n`);
        process.exitCode = 2;
        return;
      }
      await withDatabase(async ({ db }) => {
        try {
          const f = await exportMonitoringTable(db, createCliActor('cli'), projectId, { format: opts.format as MonitoringExportFormat, ...(opts.month ? { month: opts.month } : {}) });
          await writeFile(opts.out, f.bytes);
          process.stdout.write(`已导出 ${opts.out}\n`);
        } catch (e) {
          if (!isDomainError(e)) throw e;
          process.stderr.write(`错误：${e.message}\n`);
          process.exitCode = 1;
        }
      });
    });
}
