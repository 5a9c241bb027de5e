import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { reviewDocuments, toReviewDocumentJson, type ReviewedDocument } from '@jixiao/app';
import { DEFAULT_RULE_PROFILE, GRADE_LABELS, REVIEW_RULES, parseRuleProfile, type Finding, type RuleProfile } from '@jixiao/core';

const SEVERITY_LABELS: Readonly<Record<string, string>> = { error: '错误', warning: '警告', info: '提示' };

function formatFinding(f: Finding): string {
  const where = f.location.indicator != null ? `指标${f.location.indicator + 1}` : f.location.field;
  return `    [${SEVERITY_LABELS[f.severity] ?? f.severity}] ${f.rule}（${f.category}，${f.dimension}，${where}）${f.message}\n        建议：${f.suggestion}\n`;
}

/** Human-readable review report, grouped by project. */
export function formatReviewReport(doc: ReviewedDocument): string {
  let s = `\n${doc.file}：${doc.review.projects.length} 个项目\n`;
  for (const p of doc.review.projects) {
    const total = p.project.funds.total == null ? '—' : `${(p.project.funds.total / 1_000_000).toFixed(2)}万元`;
    s += `\n  ${p.index + 1}. ${p.project.name}（${total}）  ${p.score}分  ${GRADE_LABELS[p.grade]}${p.capped ? '（有阻断性问题，最高为中）' : ''}  ${p.findings.length} 条意见\n`;
    for (const f of p.findings) s += formatFinding(f);
  }
  if (doc.review.documentFindings.length > 0) {
    s += '\n  文件级意见：\n';
    for (const f of doc.review.documentFindings) s += formatFinding(f);
  }
  return s;
}

async function loadProfile(file: string | undefined): Promise<RuleProfile> {
  if (!file) return DEFAULT_RULE_PROFILE;
  const result = parseRuleProfile(await readFile(file, 'utf8'), REVIEW_RULES.map((r) => r.id));
  if (!result.profile) throw new Error(`规则配置 ${file} 有误：\n  ${result.errors.join('\n  ')}`);
  return result.profile;
}

/** `jixiao review FILE… [--json] [--profile FILE]`: pre-review performance targets with the published rules. */
export function registerReviewCommand(program: Command): void {
  program
    .command('review')
    .description('智能审核：按公开的审核规则预审绩效目标，给出意见和预审等级')
    .argument('<files...>', '.txt .docx .xlsx .html .pdf 文件')
    .option('--json', '输出 JSON（稳定格式）')
    .option('--profile <file>', '地区/年度规则配置 JSON 文件')
    .action(async (files: string[], opts: { json?: boolean; profile?: string }) => {
      const profile = await loadProfile(opts.profile);
      const inputs = [];
      for (const file of files) inputs.push({ file, bytes: new Uint8Array(await readFile(file)) });
      const reviewed = await reviewDocuments(inputs, profile);
      if (opts.json) process.stdout.write(`${JSON.stringify({ documents: reviewed.map(toReviewDocumentJson) })}\n`);
      else for (const doc of reviewed) process.stdout.write(formatReviewReport(doc));
      process.exitCode = 0;
    });
}
