import { formatWan } from '../../../model/money';
import { createCannotRunFinding, createDisclosureFinding, type DisclosureCheck } from '../disclosure-check';
import { findCodeRow, showYuan } from '../disclosure-values';

const RULE = 'operating-costs';

/**
 * disclosure-checks.md 12 (rules.md R-PUB-09): 机关运行经费 = the 公用经费 of the administrative and
 * 参公 units' basic expenditure. The tables do not say which units are administrative, so the
 * department's 公用经费 is used; a department with 事业 units needs the per-unit split.
 */
export const operatingCosts: DisclosureCheck = {
  id: RULE,
  clause: 12,
  title: '机关运行经费等于行政（参公）单位公用经费',
  run: ({ disclosure: d }) => {
    const figure = d.narrative.figures.find((f) => f.section === 'operatingCosts');
    if (!figure) return [createCannotRunFinding(RULE, ['说明'], '说明中没有找到机关运行经费金额')];
    const table = d.basicEconomic ?? d.generalEconomic;
    if (!table) return [createCannotRunFinding(RULE, ['表8'], '未读取到表8')];
    const publicUse = findCodeRow(table, null)?.publicUse ?? 0;
    const id = d.basicEconomic ? '表8' : '表6';
    if (formatWan(publicUse) === figure.amountText.replace(/,/g, '')) return [];
    return [
      createDisclosureFinding({
        rule: RULE,
        severity: figure.amount > publicUse ? 'error' : 'warning',
        message: `说明中机关运行经费 ${figure.amountText} 万元与${id}公用经费 ${showYuan(publicUse)} 元（${formatWan(publicUse)} 万元）不一致${figure.amount > publicUse ? '，且超过公用经费' : ''}`,
        tables: ['说明', id],
        evidence: { narrative: figure.amountText, [id]: publicUse, [`${id}万元`]: formatWan(publicUse), line: figure.line },
      }),
    ];
  },
};
