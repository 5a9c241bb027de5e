import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { departmentTasksSum } from './department-tasks-sum';
import { buildLianhuDepartment, LIANHU_COSTS } from './department-rules.fixture';

describe('department-tasks-sum', () => {
  it('reports tasks that do not add up to 金额合计', () => {
    const f = departmentTasksSum.check({ department: buildLianhuDepartment(LIANHU_COSTS, [265.9, 9.31, 20, 100, 20, 69, 20]), departmentIndex: 0, facts: [], profile: DEFAULT_RULE_PROFILE });
    expect(f[0]?.evidence.tasksYuan).toBe(5042100);
  });

  it('accepts 001: 265.90+9.31+20+100+20+69+30 = 514.21', () => {
    expect(departmentTasksSum.check({ department: buildLianhuDepartment(LIANHU_COSTS), departmentIndex: 0, facts: [], profile: DEFAULT_RULE_PROFILE })).toEqual([]);
  });
});
