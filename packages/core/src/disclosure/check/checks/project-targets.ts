import { formatWan } from '../../../model/money';
import type { ProjectNode } from '../../model/disclosure';
import { createCannotRunFinding, createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { addAmounts, amountBeyondGeneralBudget, findCodeRow, findSummaryItem, isCoveredAmount, isSameAmount, showYuan } from '../disclosure-values';

const RULE = 'project-targets';

function listLeaves(nodes: readonly ProjectNode[]): ProjectNode[] {
  return nodes.flatMap((n) => (n.children.length === 0 ? [n] : listLeaves(n.children)));
}

/**
 * disclosure-checks.md 11: 专项业务经费 total = the project target tables = the narrative's 绩效目标
 * amount; the 部门整体支出绩效目标表 tasks add up to the department total and match the tables.
 */
export const projectTargets: DisclosureCheck = {
  id: RULE,
  clause: 11,
  title: '专项业务经费与项目绩效目标表、整体绩效目标表一致',
  run: ({ disclosure: d }) => {
    if (!d.projects) return [createCannotRunFinding(RULE, ['表10'], '未读取到表10专项业务经费支出表')];
    const out: DisclosureFinding[] = [];
    const total = d.projects.total?.amount ?? null;
    if (!d.projects.treeCloses)
      out.push(createDisclosureFinding({ rule: RULE, message: '表10的项目行无法排成各级合计相符的层次（上级金额不等于下级之和）', tables: ['表10'], evidence: { total } }));
    const project5 = findCodeRow(d.generalFunction, null)?.project ?? null;
    // 表10 lists every project's money, 表5 only its 一般公共预算 part (equal unless 表1 has other money)
    if (d.generalFunction && !isCoveredAmount(total, project5, amountBeyondGeneralBudget(d.summary)))
      out.push(createDisclosureFinding({ rule: RULE, message: `表10专项业务经费合计 ${showYuan(total)} 元与表5专项业务经费支出 ${showYuan(project5)} 元不一致`, tables: ['表10', '表5'], evidence: { 表10: total, 表5: project5 } }));
    const p = d.performance;
    if (!p.supplied) return [...out, createCannotRunFinding(RULE, ['表10', '表14'], '未提供绩效目标表的导入结果')];
    const targets = p.projects.filter((x) => x.table === null || x.table.startsWith('表14'));
    const targetSum = addAmounts(targets.map((x) => x.total));
    if (!isSameAmount(total, targetSum))
      out.push(createDisclosureFinding({ rule: RULE, message: `表10专项业务经费合计 ${showYuan(total)} 元与表14各项目绩效目标表资金之和 ${formatWan(targetSum)} 万元不一致`, tables: ['表10', '表14'], evidence: { 表10: total, 表14: targetSum, projects: targets.length } }));
    const leaves = listLeaves(d.projects.units.flatMap((u) => u.children));
    const unmatchedTargets = targets.filter((t) => !leaves.some((l) => l.name === t.name));
    for (const leaf of leaves) {
      if (targets.some((t) => t.name === leaf.name)) continue;
      const sameAmount = unmatchedTargets.find((t) => t.total === leaf.amount);
      out.push(
        createDisclosureFinding({
          rule: RULE,
          severity: 'warning',
          message: sameAmount
            ? `表10项目“${leaf.name}”（${showYuan(leaf.amount)} 元）在绩效目标表中名为“${sameAmount.name}”（${sameAmount.table ?? '表14'}），同一项目名称不一致`
            : `表10项目“${leaf.name}”（${showYuan(leaf.amount)} 元）没有对应的项目绩效目标表`,
          tables: ['表10', sameAmount?.table ?? '表14'],
          evidence: { 表10: leaf.name, amount: leaf.amount, target: sameAmount?.name ?? null },
        }),
      );
    }
    if (p.tasks.length > 0) {
      const taskSum = addAmounts(p.tasks.map((t) => t.amount));
      const deptTotal = findCodeRow(d.generalFunction, null)?.total ?? null;
      if (!isSameAmount(taskSum, p.departmentTotal))
        out.push(createDisclosureFinding({ rule: RULE, message: `表15各年度主要任务金额之和 ${formatWan(taskSum)} 万元不等于金额合计 ${formatWan(p.departmentTotal ?? 0)} 万元`, tables: ['表15'], evidence: { tasks: taskSum, total: p.departmentTotal } }));
      // The department's whole spending is 表1's 支出总计 (事业收入, 上年结转 … included); a target may
      // also cover only its 一般公共预算 part (表5). With only 一般公共预算 money the two are the same.
      const beyond = amountBeyondGeneralBudget(d.summary);
      const allSpending = beyond === 0 ? null : (findSummaryItem(d.summary, 'function', /^支出总计$/)?.amount ?? null);
      const shown = p.departmentTotal === null ? null : formatWan(p.departmentTotal);
      const matches = (amount: number | null) => amount !== null && formatWan(amount) === shown;
      if (allSpending !== null && shown !== null && !matches(allSpending) && !matches(deptTotal))
        out.push(createDisclosureFinding({ rule: RULE, message: `表15金额合计 ${shown} 万元与表1支出总计 ${formatWan(allSpending)} 万元、表5一般公共预算支出 ${formatWan(deptTotal ?? 0)} 万元均不一致`, tables: ['表15', '表1', '表5'], evidence: { 表15: p.departmentTotal, 表1: allSpending, 表5: deptTotal } }));
      else if (allSpending === null && deptTotal !== null && shown !== null && !matches(deptTotal))
        out.push(createDisclosureFinding({ rule: RULE, message: `表15金额合计 ${shown} 万元与表5一般公共预算支出 ${formatWan(deptTotal)} 万元不一致`, tables: ['表15', '表5'], evidence: { 表15: p.departmentTotal, 表5: deptTotal } }));
      const total5 = findCodeRow(d.generalFunction, null);
      // 表3 splits every source's 基本支出 into 人员经费 / 公用经费, 表5 only the 一般公共预算 part: a task may match either
      const row3 = beyond === 0 ? undefined : d.expenditure?.rows.find((r) => r.unitCode === null && /合计|总计/.test(r.unitName));
      const column3 = (key: 'personnel' | 'publicUse') => d.expenditure?.columns.find((c) => (key === 'personnel' ? /基本支出\/人员经费$/ : /基本支出\/公用经费$/).test(c));
      const allBasic = (key: 'personnel' | 'publicUse'): number | null => {
        const col = column3(key);
        return row3 && col ? (row3.amounts[col] ?? null) : null;
      };
      const basics: [RegExp, 'personnel' | 'publicUse', string][] = [
        [/人员|工资/, 'personnel', '人员经费'],
        [/运转|公用/, 'publicUse', '公用经费'],
      ];
      for (const [re, key, name] of basics) {
        const task = p.tasks.find((t) => re.test(t.name) && !targets.some((x) => x.name === t.name));
        const table = total5?.[key] ?? null;
        const all = allBasic(key);
        if (task && task.amount !== null && all !== null && formatWan(task.amount) === formatWan(all)) continue;
        if (task && task.amount !== null && table !== null && formatWan(task.amount) !== formatWan(table))
          out.push(createDisclosureFinding({ rule: RULE, severity: 'warning', message: `表15任务“${task.name}” ${formatWan(task.amount)} 万元与表5${name} ${showYuan(table)} 元（${formatWan(table)} 万元）不一致`, tables: ['表15', '表5'], evidence: { task: task.name, 表15: formatWan(task.amount), 表5: table, 表5万元: formatWan(table) } }));
      }
    }
    return out;
  },
};
