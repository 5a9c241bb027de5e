import type { ParseJsonDocument } from '@jixiao/app';

/** Human-readable summary of a parsed document, grouped by project. */
export function formatParseSummary(doc: ParseJsonDocument): string {
  const lines: string[] = [];
  lines.push(`${doc.file}  [${doc.layout}]  项目 ${doc.projects.length} 个，部门整体目标 ${doc.departmentTargets.length} 个，问题 ${doc.issues.length} 条`);
  for (const p of doc.projects) {
    const total = p.funds.total === null ? '—' : `${p.funds.total.toLocaleString('zh-CN')} 元`;
    lines.push(`  · ${p.name}（${p.year ?? '年度未知'}，资金 ${total}，指标 ${p.indicators.length} 个）`);
  }
  for (const d of doc.departmentTargets) lines.push(`  · 部门整体：${d.name}（任务 ${d.tasks.length} 项，指标 ${d.indicators.length} 个）`);
  for (const i of doc.issues.filter((x) => x.severity !== 'info').slice(0, 30)) {
    lines.push(`  ! ${i.line ? `第${i.line}行 ` : i.cell ? `${i.cell} ` : ''}${i.message}`);
  }
  const infos = doc.issues.filter((x) => x.severity === 'info').length;
  if (infos) lines.push(`  （另有 ${infos} 条提示，使用 --json 查看全部）`);
  return `${lines.join('\n')}\n`;
}
