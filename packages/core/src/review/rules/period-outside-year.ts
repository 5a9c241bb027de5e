import { createFinding, type ProjectRule } from '../review-rule';
import { extractYears } from '../text/extract-years';

export const periodOutsideYear: ProjectRule = {
  id: 'period-outside-year',
  appliesTo: 'project',
  category: 'period-mismatch',
  severity: 'warning',
  dimension: '可行性',
  blocking: false,
  title: '项目期或时效指标不含预算年度',
  why: '年度绩效目标针对预算年度；项目期、时效指标的年份应包含预算年度。2024年的申报表写“项目期 2021年”，说明沿用了旧表。',
  source: 'R-IND-03, R-TGT-02',
  example: { text: '（2024年度）……项目期　2021年', sample: '000_090c4012b2f0612f.txt · 举报奖励资金' },
  fix: '把项目期改为包含预算年度的实施期（如“2024年”或“2021-2025年”），时效指标写预算年度内的时间。',
  check({ facts }) {
    const fy = facts.project.fiscalYear;
    if (fy == null) return [];
    const out = [];
    const period = facts.project.period;
    if (period) {
      const years = extractYears(period).map((y) => y.year);
      if (years.length > 0) {
        const from = Math.min(...years);
        const to = Math.max(...years);
        if (fy < from || fy > to) {
          out.push(
            createFinding(this, {
              message: `项目期“${period}”不包含预算年度${fy}年。`,
              suggestion: `请把项目期改为包含${fy}年的实施期。`,
              location: { project: facts.index, indicator: null, field: 'period' },
              evidence: { period, fiscalYear: fy, from, to },
            }),
          );
        }
      }
    }
    for (const t of facts.indicators) {
      const target = t.indicator.target;
      if (t.level2 !== 'timeliness' || !target || target.op === 'qualitative') continue;
      const year = target.period?.year ?? (target.value >= 2000 && target.value <= 2100 && target.unit != null && target.unit.startsWith('年') ? target.value : null);
      if (year == null || year === fy) continue;
      out.push(
        createFinding(this, {
          message: `时效指标“${t.name}”的时间“${t.valueText}”不在预算年度${fy}年内。`,
          suggestion: `请改为${fy}年内的完成时间。`,
          location: { project: facts.index, indicator: t.index, field: `indicators[${t.index}].target` },
          evidence: { indicator: t.name, value: t.valueText, year, fiscalYear: fy },
        }),
      );
    }
    return out;
  },
};
