// Generates docs/review-rules.md from the review rule registry: `npx tsx scripts/generate-review-docs.ts`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_RULE_PROFILE, FINDING_CATEGORIES, REVIEW_RULES, type ReviewRule } from '@jixiao/core';

const SEVERITY: Record<string, string> = { error: '错误 error', warning: '警告 warning', info: '提示 info' };
const APPLIES: Record<string, string> = { project: '单个项目', batch: '同批项目之间', department: '部门整体目标' };

function renderRule(r: ReviewRule): string {
  return [
    `### \`${r.id}\` ${r.title}`,
    '',
    `| 类别 category | 严重程度 severity | 维度 dimension | 适用 appliesTo | 阻断 blocking | 依据 source |`,
    `|---|---|---|---|---|---|`,
    `| \`${r.category}\` | ${SEVERITY[r.severity]} | ${r.dimension} | ${APPLIES[r.appliesTo]} | ${r.blocking ? '是（最高为中）' : '否'} | ${r.source}（rules.md） |`,
    '',
    `**为什么：** ${r.why}`,
    '',
    `**样本中的例子：** \`${r.example.sample}\` — “${r.example.text}”`,
    '',
    `**如何修改：** ${r.fix}`,
    '',
  ].join('\n');
}

/** The whole of docs/review-rules.md. */
export function generateReviewDocs(): string {
  const p = DEFAULT_RULE_PROFILE;
  const w = p.dimensionWeights;
  const d = p.deductions;
  const t = p.thresholds;
  const head = [
    '# 智能审核规则（绩效目标预审）',
    '',
    '> 本文件由 `npx tsx scripts/generate-review-docs.ts` 从规则注册表生成，请勿手工编辑；测试会比对本文件与生成结果。',
    '',
    `共 ${REVIEW_RULES.length} 条规则。每条意见（finding）含规则编号、类别、严重程度、维度、中文说明和修改建议、位置（项目序号、指标序号、字段，必要时含文本区间）以及比对的证据（数字和原文）。`,
    '',
    '## 预审评分与等级（R-REV-07）',
    '',
    `四个维度各自从满分起扣：完整性 ${w['完整性']}、相关性 ${w['相关性']}、适当性 ${w['适当性']}、可行性 ${w['可行性']}（合计100，可按地区配置）。`,
    '',
    '| 严重程度 | 每条意见在所属维度扣分 |',
    '|---|---|',
    `| 错误 error | ${d.error} |`,
    `| 警告 warning | ${d.warning} |`,
    `| 提示 info | ${d.info} |`,
    '',
    `维度得分不低于0。总分 = 四个维度得分之和。等级：优 ≥ ${p.gradeBands.excellent}（excellent），良 ≥ ${p.gradeBands.good}（good），中 ≥ ${p.gradeBands.fair}（fair），其余为差（poor）。任何阻断性错误（必填二级指标为空、定量指标无单位、成本超过预算、申请金额与资金总额不符）使等级最高为中。`,
    '',
    '## 规则配置（地区/年度）',
    '',
    '规则配置是一个 JSON 文件，新增省份只需新增文件，无需改代码（`jixiao review --profile FILE`）。缺省字段取中央默认值；未知字段、错误类型、未知的二级指标代码或规则编号会报中文错误。示例：`packages/core/src/review/profiles/xizang-2024.json`。',
    '',
    '| 字段 | 含义 | 中央默认 |',
    '|---|---|---|',
    '| `id` | 小写字母、数字、连字符 | `default` |',
    '| `region` | 地区名称 | 中央默认 |',
    '| `year` | 预算年度或 null | null |',
    `| \`taxonomy\` | \`classic\`（成本在产出下）或 \`s101\`（成本为一级指标） | \`${p.taxonomy}\` |`,
    `| \`mandatory\` | 必填二级指标代码；表上有“必填/选填”标注时以表为准 | \`${p.mandatory.join('`, `')}\` |`,
    `| \`thresholds.relevanceMinShare\` | indicator-unrelated 的最低相关度 | ${t.relevanceMinShare} |`,
    `| \`thresholds.copiedIndicatorMinShared\` / \`copiedIndicatorMinShare\` | copied-indicators 的最少相同指标数 / 占较小项目专门指标的比例 | ${t.copiedIndicatorMinShared} / ${t.copiedIndicatorMinShare} |`,
    `| \`thresholds.copiedIndicatorMaxPostings\` | 超过此数量项目共用的指标名视为通用 | ${t.copiedIndicatorMaxPostings} |`,
    `| \`thresholds.moneyTolerancePercent\` | 金额比较容差（占资金总额 %，至少1元） | ${t.moneyTolerancePercent} |`,
    `| \`thresholds.weightTotals\` | 分值合计允许值 | ${t.weightTotals.join(', ')} |`,
    `| \`thresholds.allRatesMinCount\` | all-rates-100 的最少比率指标数 | ${t.allRatesMinCount} |`,
    `| \`thresholds.qualitativeShareMax\` | mostly-qualitative 的定性指标比例上限 | ${t.qualitativeShareMax} |`,
    `| \`thresholds.copiedGoalsMinLength\` | copied-goals 比较的最短目标字数 | ${t.copiedGoalsMinLength} |`,
    '| `enabledRules` / `disabledRules` | 只运行 / 不运行的规则编号 | 全部运行 |',
    `| \`dimensionWeights\` | 四个维度权重，合计100 | ${w['完整性']}/${w['相关性']}/${w['适当性']}/${w['可行性']} |`,
    `| \`gradeBands\` | 优、良、中的下限 | ${p.gradeBands.excellent}/${p.gradeBands.good}/${p.gradeBands.fair} |`,
    `| \`deductions\` | 每条意见按严重程度的扣分 | ${d.error}/${d.warning}/${d.info} |`,
    '',
    '## 类别',
    '',
    FINDING_CATEGORIES.map((c) => `- \`${c}\`：${REVIEW_RULES.filter((r) => r.category === c).map((r) => `\`${r.id}\``).join('、') || '（暂无规则）'}`).join('\n'),
    '',
    '## 规则',
    '',
  ].join('\n');
  return `${head}${REVIEW_RULES.map(renderRule).join('\n')}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = fileURLToPath(new URL('../docs/review-rules.md', import.meta.url));
  writeFileSync(target, generateReviewDocs());
  process.stdout.write(`已生成 ${target}\n`);
}
