import { createFinding, type DepartmentRule } from '../review-rule';
import { formatWanText } from '../label-level2';

export const departmentTasksSum: DepartmentRule = {
  id: 'department-tasks-sum',
  appliesTo: 'department',
  category: 'funds-sum',
  severity: 'error',
  dimension: '完整性',
  blocking: false,
  title: '年度主要任务金额合计与预算总额不符',
  why: '部门整体支出绩效目标表中各项年度主要任务的预算金额之和应等于“金额合计”。',
  source: 'R-PUB-08, R-REV-01',
  example: { text: '任务1 265.90 + 任务2 9.31 + 任务3 20.00 + 任务4 100.00 + 任务5 20.00 + 任务6 69.00 + 任务7 30.00 = 金额合计 514.21（相符，不报告）', sample: '001_decf76686d2239b2.txt · 部门整体支出绩效目标表' },
  fix: '核对各任务金额和金额合计。',
  check({ department, departmentIndex }) {
    const total = department.funds.total;
    const amounts = department.tasks.map((t) => t.amount).filter((a): a is number => a != null);
    if (total == null || amounts.length < 2) return [];
    const sum = amounts.reduce((s, a) => s + a, 0);
    if (Math.abs(sum - total) <= 100) return [];
    return [
      createFinding(this, {
        message: `${amounts.length}项年度主要任务金额合计${formatWanText(sum)}，与金额合计${formatWanText(total)}不符。`,
        suggestion: '请核对各任务金额和金额合计。',
        location: { project: null, indicator: null, field: 'department.tasks', department: departmentIndex },
        evidence: { tasksYuan: sum / 100, totalYuan: total / 100 },
      }),
    ];
  },
};
