import { decimalToFen, formatWan } from '../../model/money';
import type { Disclosure } from '../model/disclosure';
import type { BudgetSpecialFund, DepartmentBudgetLine } from './department-budget';

const LABELS = ['项目名称', '主管部门', '功能科目', '实施期资金总额:', '使用项目', '总体目标', '管理措施'] as const;
type Label = (typeof LABELS)[number];

/**
 * Reads 表16 专项资金总体绩效目标表 back into special funds: one per 项目名称, with the 功能科目,
 * 使用项目, 总体目标 and 管理措施 the form prints beside their labels. The form prints 万元: when the
 * named projects' lines round to the printed amount, the fund takes their exact sum.
 */
export function readSpecialFunds(d: Disclosure, lines: readonly DepartmentBudgetLine[]): BudgetSpecialFund[] {
  const cells = d.tableTexts.filter((c) => c.table === '表16');
  const forms: Partial<Record<Label, string>>[] = [];
  cells.forEach((c, i) => {
    const label = LABELS.find((l) => l.replace(/:$/, '') === c.text.replace(/[:：]$/, ''));
    if (!label) return;
    const next = cells[i + 1];
    const value = next && next.line === c.line && !LABELS.some((l) => l.replace(/:$/, '') === next.text.replace(/[:：]$/, '')) ? next.text : '';
    if (label === '项目名称') forms.push({});
    const form = forms[forms.length - 1];
    if (form && form[label] === undefined) form[label] = value;
  });
  return forms
    .filter((f) => (f['项目名称'] ?? '') !== '')
    .map((f) => {
      const projectNames = (f['使用项目'] ?? '').split('、').map((n) => n.trim()).filter((n) => n !== '');
      const printed = decimalToFen((f['实施期资金总额:'] ?? '').replace(/,/g, ''), 'wan') ?? 0;
      const exact = lines.filter((l) => l.kind === 'project' && l.projectName !== null && projectNames.includes(l.projectName)).reduce((s, l) => s + l.amount, 0);
      return {
        name: f['项目名称']!,
        department: f['主管部门'] && f['主管部门'] !== (d.department ?? '').replace(/[（(]汇总[)）]$/, '') ? f['主管部门'] : null,
        functionCode: /^\d{7}/.exec(f['功能科目'] ?? '')?.[0] ?? '',
        amount: exact > 0 && formatWan(exact) === formatWan(printed) ? exact : printed,
        projectNames,
        purpose: f['总体目标'] ?? '',
        management: f['管理措施'] ?? '',
      };
    });
}
