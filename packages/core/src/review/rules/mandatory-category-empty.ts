import type { Level2 } from '../../model/taxonomy';
import { createFinding, type ProjectRule } from '../review-rule';
import { labelLevel2 } from '../label-level2';

/** 成本 and 经济成本 are the same requirement in the two taxonomies (rules.md §1.2). */
function sameRequirement(a: Level2, b: Level2 | null): boolean {
  if (b === a) return true;
  const cost = (x: Level2 | null): boolean => x === 'cost' || x === 'economicCost';
  return cost(a) && cost(b);
}

export const mandatoryCategoryEmpty: ProjectRule = {
  id: 'mandatory-category-empty',
  appliesTo: 'project',
  category: 'missing-category',
  severity: 'error',
  dimension: '完整性',
  blocking: true,
  title: '必填二级指标为空',
  why: '绩效指标体系须完整：数量、质量、时效、成本等必填二级指标每项至少设一个三级指标，效益指标至少填一项。表上标注“必填”的类别以表为准，未标注时按地区规则配置。',
  source: 'R-IND-01, R-REV-02',
  example: { text: '成本指标 (必填)　指标1:（空）　指标2:（空）', sample: '000_090c4012b2f0612f.txt · 举报奖励资金' },
  fix: '在该二级指标下补充至少一个三级指标，并填写指标值和计量单位；确实不适用的，按当地规定写明理由。',
  check({ facts, profile }) {
    const p = facts.project;
    const present = new Set<Level2>();
    let anyOutcome = false;
    for (const t of facts.indicators) {
      if (t.indicator.level2 && t.name !== '') present.add(t.indicator.level2);
      if (t.indicator.level1 === 'outcome' && t.name !== '') anyOutcome = true;
    }
    const has = (l2: Level2): boolean => {
      if (present.has(l2)) return true;
      for (const x of present) if (sameRequirement(l2, x)) return true;
      return false;
    };
    const required: Level2[] = p.categoryMarks.length > 0 ? p.categoryMarks.filter((m) => m.required).map((m) => m.level2) : [...profile.mandatory];
    const fromForm = p.categoryMarks.length > 0;
    const findings = [];
    const seen = new Set<Level2>();
    for (const l2 of required) {
      if (seen.has(l2) || has(l2)) continue;
      seen.add(l2);
      findings.push(
        createFinding(this, {
          message: `${fromForm ? '表上标注为必填的' : '必填的'}${labelLevel2(l2)}没有任何三级指标。`,
          suggestion: `请在“${labelLevel2(l2)}”下至少填写一个可衡量的三级指标。`,
          location: { project: facts.index, indicator: null, field: 'indicators' },
          evidence: { level2: l2, label: labelLevel2(l2), requiredBy: fromForm ? 'form' : `profile:${profile.id}` },
        }),
      );
    }
    if (!anyOutcome && facts.indicators.length > 0) {
      findings.push(
        createFinding(this, {
          message: '没有任何效益指标（经济、社会、生态效益或可持续影响至少应填一项）。',
          suggestion: '请补充反映项目效果的效益指标。',
          location: { project: facts.index, indicator: null, field: 'indicators' },
          evidence: { level1: 'outcome', label: '效益指标' },
        }),
      );
    }
    return findings;
  },
};
