import { escapeHtml, escapeMultiline } from '../escape-html';
import { FONT_STACK, HEADING_FONT_STACK } from '../print-css';
import { formatFenAsWan, formatRate, type SelfEvaluationSheet } from './self-evaluation-sheet';

const num = (n: number): string => String(Number(n.toFixed(2)));

/** The 项目支出绩效自评表 as a printable HTML page (A4 landscape), every text escaped. */
export function renderSelfEvaluationHtml(sheet: SelfEvaluationSheet): string {
  const e = escapeHtml;
  const rows = sheet.indicators
    .map((r, k) => {
      const first = k === 0 ? `<td class="c" rowspan="${sheet.indicators.length}">绩效<br>指标</td>` : '';
      return `<tr>${first}<td>${e(r.level1)}</td><td>${e(r.level2)}</td><td>${e(r.name)}</td><td>${e(r.targetText)}</td><td>${e(r.actualText)}</td><td class="n">${num(r.weight)}</td><td class="n">${num(r.score)}</td><td>${escapeMultiline(r.deviation)}</td></tr>`;
    })
    .join('\n');
  const weights = sheet.indicators.reduce((n, r) => n + Math.round(r.weight * 100), Math.round(sheet.executionWeight * 100)) / 100;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${e(sheet.title)}</title>
<style>
@page { size: A4 landscape; margin: 12mm 10mm; }
body { font-family: ${FONT_STACK}; font-size: 10pt; color: #000; }
h1 { font-family: ${HEADING_FONT_STACK}; font-size: 16pt; text-align: center; margin: 0 0 2mm; }
p.year { text-align: center; margin: 0 0 3mm; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td, th { border: 0.5pt solid #000; padding: 1.2mm 1.5mm; vertical-align: middle; word-break: break-all; }
th, td.h { font-weight: bold; text-align: center; }
td.n { text-align: right; }
td.c { text-align: center; }
tr { page-break-inside: avoid; }
</style></head><body>
<h1>${e(sheet.title)}</h1>
<p class="year">（${e(String(sheet.fiscalYear ?? ''))}年度）</p>
<table>
<colgroup><col style="width:7%"><col style="width:9%"><col style="width:10%"><col style="width:18%"><col style="width:11%"><col style="width:12%"><col style="width:6%"><col style="width:6%"><col style="width:21%"></colgroup>
<tr><td class="h" colspan="2">项目名称</td><td colspan="7">${e(sheet.projectName)}</td></tr>
<tr><td class="h" colspan="2">主管部门</td><td colspan="3">${e(sheet.unitName ?? '')}</td><td class="h">实施单位</td><td colspan="3">${e(sheet.unitName ?? '')}</td></tr>
<tr><td class="h" colspan="2" rowspan="2">项目资金（万元）</td><td></td><td class="h">年初预算数</td><td class="h">全年预算数</td><td class="h">全年执行数</td><td class="h">分值</td><td class="h">执行率</td><td class="h">得分</td></tr>
<tr><td>年度资金总额</td><td class="n">${formatFenAsWan(sheet.budget)}</td><td class="n">${formatFenAsWan(sheet.budget)}</td><td class="n">${formatFenAsWan(sheet.executed)}</td><td class="n">${num(sheet.executionWeight)}</td><td class="n">${formatRate(sheet.executionRate)}</td><td class="n">${num(sheet.executionScore)}</td></tr>
<tr><td class="h" rowspan="2">年度总体目标</td><td class="h" colspan="4">预期目标</td><td class="h" colspan="4">实际完成情况</td></tr>
<tr><td colspan="4">${escapeMultiline(sheet.goals.join('\n'))}</td><td colspan="4">${escapeMultiline(sheet.achievedGoals ?? '')}</td></tr>
<tr><th>绩效指标</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因分析及改进措施</th></tr>
${rows}
<tr><td class="h" colspan="6">总分</td><td class="n">${num(weights)}</td><td class="n">${num(sheet.total)}</td><td>自评等级：${e(sheet.gradeLabel)}</td></tr>
</table>
</body></html>`;
}
