import { escapeHtml } from '../escape-html';
import { buildPrintCss } from '../print-css';
import { formatSheetPercent, formatSheetWan, type MonitoringSheet } from './monitoring-sheet';

/** The 项目支出绩效运行监控表 as a printable HTML page (landscape A4), every cell escaped. */
export function renderMonitoringHtml(sheet: MonitoringSheet): string {
  const e = (s: string | null | undefined): string => escapeHtml(s ?? '');
  const rows = sheet.indicators
    .map(
      (r) =>
        `<tr><td>${e(r.level1)}</td><td>${e(r.level2)}</td><td>${e(r.name)}</td><td>${e(r.targetText)}</td><td>${e(r.progressText)}</td><td>${e(r.forecastText)}</td><td class="center">${e(r.light)}</td><td>${e(r.cause)}</td><td>${e(r.measure)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e(sheet.title)}</title><style>${buildPrintCss()}</style></head><body>
<section class="form landscape"><h1>${e(sheet.title)}</h1><p class="subtitle">（${sheet.fiscalYear}年度，数据截至${sheet.month}月底）</p>
<table class="grid"><tbody>
<tr><td class="label">项目名称</td><td colspan="4">${e(sheet.projectName)}</td><td class="label">项目编码</td><td colspan="3">${e(sheet.projectCode)}</td></tr>
<tr><td class="label">主管部门</td><td colspan="4">${e(sheet.department)}</td><td class="label">实施单位</td><td colspan="3">${e(sheet.unitName)}</td></tr>
<tr><td class="label" rowspan="2">预算执行情况（万元）</td><th>年初预算数</th><th>全年预算数</th><th>1-${sheet.month}月执行数</th><th>执行率</th><th>序时进度</th><th>计划进度</th><th colspan="2">监控结果</th></tr>
<tr><td class="right">${e(formatSheetWan(sheet.budget))}</td><td class="right">${e(formatSheetWan(sheet.budget))}</td><td class="right">${e(formatSheetWan(sheet.executed))}</td><td class="right">${e(formatSheetPercent(sheet.executionRate))}</td><td class="right">${e(formatSheetPercent(sheet.timeProgress))}</td><td class="right">${e(formatSheetPercent(sheet.plannedShare))}</td><td colspan="2" class="center">${e(sheet.executionLight)}</td></tr>
<tr><td class="label">执行偏离原因及纠偏措施</td><td colspan="8">${e(sheet.executionDeviation)}</td></tr>
</tbody></table>
<table class="grid"><thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>1-${sheet.month}月执行情况</th><th>全年预计完成情况</th><th>监控结果</th><th>偏离原因</th><th>纠偏措施</th></tr></thead>
<tbody>${rows}</tbody></table></section></body></html>`;
}
