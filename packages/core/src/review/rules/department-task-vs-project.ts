import { createFinding, type DepartmentRule } from '../review-rule';
import { formatWanText } from '../label-level2';
import { diceSimilarity, toBigrams } from '../text/char-ngrams';

export const departmentTaskVsProject: DepartmentRule = {
  id: 'department-task-vs-project',
  appliesTo: 'department',
  category: 'disclosure-mismatch',
  severity: 'warning',
  dimension: '适当性',
  blocking: false,
  title: '部门整体目标中的任务金额与项目绩效目标表不符',
  why: '同一公开文件中，部门整体支出绩效目标表的任务金额应与对应项目支出绩效目标表的资金总额一致，否则公开数据自相矛盾。',
  source: 'R-PUB-08, R-PUB-02',
  example: { text: '任务4 公务员医疗救助 100.00；表14-1 公务员医疗救助 实施期资金总额 100.00（相符，不报告）', sample: '001_decf76686d2239b2.txt · 部门整体支出绩效目标表' },
  fix: '核对任务金额与项目资金总额，改正有误的一方。',
  check({ department, departmentIndex, facts }) {
    const out = [];
    for (const task of department.tasks) {
      const label = task.content ?? task.name;
      if (task.amount == null || !label) continue;
      const grams = toBigrams(label);
      let best: { i: number; sim: number } | null = null;
      facts.forEach((f, i) => {
        const sim = diceSimilarity(grams, toBigrams(f.project.name));
        if (!best || sim > best.sim) best = { i, sim };
      });
      const match = best as { i: number; sim: number } | null;
      if (!match || match.sim < 0.75) continue;
      const f = facts[match.i];
      const funds = f?.project.funds.total;
      if (!f || funds == null || Math.abs(funds - task.amount) <= 100) continue;
      out.push(
        createFinding(this, {
          message: `任务“${label}”金额${formatWanText(task.amount)}，与项目“${f.project.name}”的资金总额${formatWanText(funds)}不符。`,
          suggestion: '请核对任务金额与项目资金总额。',
          location: { project: f.index, indicator: null, field: 'department.tasks', department: departmentIndex },
          evidence: { task: label, taskYuan: task.amount / 100, project: f.project.name, projectYuan: funds / 100 },
        }),
      );
    }
    return out;
  },
};
