import type { DepartmentTarget } from '../../model/department-target';
import { buildTestProject, parseTestTarget } from '../build-test-project';

const WAN = 1_000_000;

/** 001 西安市莲湖区医疗保障局 部门整体支出绩效目标表 (tasks, 金额合计 514.21, cost indicators). */
export function buildLianhuDepartment(costs: readonly (readonly [string, string])[], taskAmounts: readonly number[] = [265.9, 9.31, 20, 100, 20, 69, 30]): DepartmentTarget {
  const names = ['保障单位人员工资福利', '保障西安市莲湖区医疗保障局正常运转', '医保信息化建设', '公务员医疗救助', '医保档案管理', '医保经办中心经费', '医保经办中心经费补助'];
  return {
    name: '西安市莲湖区医疗保障局',
    unitCode: null,
    fiscalYear: 2024,
    funds: { total: Math.round(514.21 * WAN), fiscal: Math.round(514.21 * WAN), other: null },
    goals: [],
    tasks: taskAmounts.map((a, i) => ({ name: `任务${i + 1}`, content: names[i] ?? null, amount: Math.round(a * WAN), fiscal: null, other: null, goals: [], indicatorTexts: [] })),
    indicators: buildTestProject({ name: 'x', indicators: costs.map(([n, v]) => ['output', 'cost', n, v] as const) }).indicators.map((i) => ({ ...i, target: parseTestTarget(i.targetText) })),
    measures: [],
    raw: {},
  };
}

export const LIANHU_COSTS: readonly (readonly [string, string])[] = [
  ['基本支出:人员经费;日常公用经费', '合计275.21万元;分项:265.9万元;9.31万元'],
  ['公务员医疗救助', '100万元'],
  ['技术服务费', '20万元'],
  ['网络服务费', '24万元'],
  ['购置办公用品及耗材', '29万元'],
  ['检查医药机构费用', '20万元'],
  ['临聘人员费用', '35万元'],
];
