import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { scoreDocuments, toScoreDocumentJson, type ScoredDocument } from '@jixiao/app';
import { GRADE_LABELS, formatNumber, formatYuan } from '@jixiao/core';

function showNumber(n: number | null): string {
  return n == null ? '—' : formatNumber(n);
}

/** Human-readable self-evaluation scores: one table per project, then the R-SE-06 flag and the findings. */
export function formatScoreReport(doc: ScoredDocument): string {
  let s = `\n${doc.file}：${doc.projects.length} 个项目\n`;
  doc.projects.forEach((p, i) => {
    const printed = p.printedTotal == null ? '' : `（表上 ${showNumber(p.printedTotal)}）`;
    s += `\n  ${i + 1}. ${p.name}  总分 ${showNumber(p.total)}${printed}  ${GRADE_LABELS[p.grade]}  权重来源：${p.weightSource === 'form' ? '表上分值' : '默认权重'}\n`;
    s += '     序号  指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 表上得分 | 公式\n';
    for (const l of p.indicators) {
      const notes = [l.overAchievement ? '超额' : '', l.deviationReasonMissing ? '缺偏差原因' : ''].filter(Boolean).join('，');
      s += `     ${String(l.index + 1).padStart(3)}  ${l.name} | ${l.targetText ?? '—'} | ${l.actualText ?? '—'} | ${showNumber(l.weight)} | ${showNumber(l.score)} | ${showNumber(l.printedScore)} | ${l.formula}${notes ? `  [${notes}]` : ''}\n`;
    }
    const ex = p.execution;
    if (ex) {
      const amounts = ex.budget != null && ex.executed != null ? `${formatYuan(ex.executed)} / ${formatYuan(ex.budget)} 元` : '—';
      const rate = ex.rate == null ? '—' : `${(ex.rate * 100).toFixed(2)}%`;
      s += `          预算执行率 | ${amounts} | ${rate} | ${showNumber(ex.weight)} | ${showNumber(ex.score)} | ${showNumber(ex.printedScore)} | ${ex.formula}\n`;
    } else s += '          预算执行率 | 表上无预算执行情况\n';
    if (p.inflation) s += `     [R-SE-06] ${p.inflation.message}\n`;
    for (const f of p.findings) s += `     [得分不符] ${f.message}\n`;
  });
  return s;
}

/** `jixiao score FILE… [--json]`: recompute the scores of 绩效自评表 and check the printed ones. */
export function registerScoreCommand(program: Command): void {
  program
    .command('score')
    .description('绩效自评评分：按自评计分规则复核得分，指出与表上得分不一致之处')
    .argument('<files...>', '.txt .docx .xlsx .html .pdf 文件')
    .option('--json', '输出 JSON（稳定格式）')
    .action(async (files: string[], opts: { json?: boolean }) => {
      const inputs = [];
      for (const file of files) inputs.push({ file, bytes: new Uint8Array(await readFile(file)) });
      const scored = await scoreDocuments(inputs);
      if (opts.json) process.stdout.write(`${JSON.stringify({ documents: scored.map(toScoreDocumentJson) })}\n`);
      else for (const doc of scored) process.stdout.write(formatScoreReport(doc));
      process.exitCode = 0;
    });
}
