import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { departmentTaskVsProject } from './department-task-vs-project';
import { buildLianhuDepartment, LIANHU_COSTS } from './department-rules.fixture';

const facts = (totalWan: number) => [buildProjectFacts(buildTestProject({ name: '公务员医疗救助', totalWan }), 0), buildProjectFacts(buildTestProject({ name: '医保档案管理', totalWan: 20 }), 1)];

describe('department-task-vs-project', () => {
  it('reports a task whose amount differs from its project table', () => {
    const f = departmentTaskVsProject.check({ department: buildLianhuDepartment(LIANHU_COSTS), departmentIndex: 0, facts: facts(90), profile: DEFAULT_RULE_PROFILE });
    expect(f).toHaveLength(1);
    expect(f[0]?.evidence.taskYuan).toBe(1000000);
    expect(f[0]?.evidence.projectYuan).toBe(900000);
  });

  it('accepts 001: 公务员医疗救助 100.00 in both tables', () => {
    expect(departmentTaskVsProject.check({ department: buildLianhuDepartment(LIANHU_COSTS), departmentIndex: 0, facts: facts(100), profile: DEFAULT_RULE_PROFILE })).toEqual([]);
  });
});
