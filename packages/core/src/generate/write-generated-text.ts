import { LEVEL1_HEADINGS, LEVEL2_HEADINGS } from '../lexicon/categories';
import type { Project } from '../model/project';
import type { Level1, Level2 } from '../model/taxonomy';
import type { GeneratedProject } from './generate-projects';

/** The first (canonical) heading of each category code. */
const LEVEL1_LABELS = new Map<Level1, string>([...LEVEL1_HEADINGS].reverse().map(([text, code]) => [code, text]));
const LEVEL2_LABELS = new Map<Level2, string>([...LEVEL2_HEADINGS].reverse().map(([text, code]) => [code, text]));
const KIND_TEXT = { new: '新增项目', continuing: '延续性项目', recurring: '经常性项目' } as const;

/**
 * Generated projects as one text document in the samples' tab-separated form layout (`002`:
 * 项目支出绩效目标表 with 预算单位 / 主管部门及代码 / 项目名称 / 项目资金(万元) rows, then an
 * indicator grid 一级指标 二级指标 三级指标 指标值), one form per project, readable by the importer.
 */
export function writeGeneratedText(items: readonly GeneratedProject[]): string {
  return items.map((item) => writeForm(item.project)).join('\n');
}

function writeForm(p: Project): string {
  const lines: string[] = ['', '项目支出绩效目标表', '', `(${p.fiscalYear ?? ''}年)`, ''];
  lines.push(`预算单位\t\t${p.unit ?? ''}\t\t主管部门及代码\t${p.department ?? ''}\t${p.departmentCode ?? ''}`);
  lines.push(`项目名称\t\t${p.name}\t\t项目编码\t${p.code ?? ''}`);
  lines.push(`项目属性\t\t${p.kind ? KIND_TEXT[p.kind] : ''}\t\t项目期\t${p.period ?? ''}`);
  lines.push(`项目资金(万元)\t\t年度预算总额:\t${wan(p.funds.total)}\t其中:财政拨款\t${wan(p.funds.fiscal)}\t其他资金:\t${wan(p.funds.other)}\t`);
  if (p.spendingPlan.length) {
    lines.push(`资金支出计划(%)\t\t${p.spendingPlan.map((c) => `${c.month}月`).join('\t')}`);
    lines.push(`\t\t${p.spendingPlan.map((c) => `${c.percent}%`).join('\t')}`);
  }
  lines.push(`项目总体目标\t\t${p.goals.join('；')}`);
  lines.push('一级指标\t二级指标\t三级指标\t指标值');
  let level1: string | null = null;
  for (const ind of p.indicators) {
    // Categories inferred from wording in the sample have no heading text: write the canonical one.
    const l1 = ind.level1Text ?? (ind.level1 ? LEVEL1_LABELS.get(ind.level1) ?? '' : '');
    const l2 = ind.level2Text ?? (ind.level2 ? LEVEL2_LABELS.get(ind.level2) ?? '' : '');
    // The level-2 heading is repeated on every row, as merged cells print in the OCR sample (000):
    // a heading written once would be centred on its rows by the recogniser's merged-cell rule.
    lines.push(`${l1 !== level1 ? l1 : ''}\t${l2}\t${ind.name}\t${ind.targetText ?? ''}`);
    level1 = l1;
  }
  lines.push('');
  return lines.join('\n');
}

/** Fen as 万元 text with two decimals at most (the generator rounds funds to 0.01 万元). */
function wan(fen: number | null): string {
  if (fen === null) return '';
  const cents = Math.round(fen / 10_000);
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`.replace(/0$/, '');
}
