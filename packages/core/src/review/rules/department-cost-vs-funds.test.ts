import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { departmentCostVsFunds } from './department-cost-vs-funds';
import { buildLianhuDepartment, LIANHU_COSTS } from './department-rules.fixture';

describe('department-cost-vs-funds', () => {
  it('reports 001 cost indicators summing to 503.21 of 514.21万元', () => {
    const f = departmentCostVsFunds.check({ department: buildLianhuDepartment(LIANHU_COSTS), departmentIndex: 0, facts: [], profile: DEFAULT_RULE_PROFILE });
    expect(f).toHaveLength(1);
    expect(f[0]?.evidence.costYuan).toBe(5032100);
    expect(f[0]?.evidence.fundsYuan).toBe(5142100);
  });

  it('accepts cost indicators that cover the total', () => {
    const costs = [...LIANHU_COSTS, ['其他', '11万元'] as const];
    expect(departmentCostVsFunds.check({ department: buildLianhuDepartment(costs), departmentIndex: 0, facts: [], profile: DEFAULT_RULE_PROFILE })).toEqual([]);
  });
});
