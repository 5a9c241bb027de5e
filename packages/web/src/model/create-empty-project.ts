import type { Project } from '@jixiao/core';

/** A blank declaration for 新建项目. */
export function createEmptyProject(name: string, fiscalYear: number | null, unit: string | null): Project {
  return {
    code: null,
    name,
    unit,
    unitCode: null,
    department: null,
    departmentCode: null,
    implementingUnit: unit,
    fiscalYear,
    kind: null,
    period: fiscalYear ? `${fiscalYear}年` : null,
    preparer: null,
    preparerPhone: null,
    preparedOn: null,
    projectLead: null,
    funds: { total: null, fiscal: null, other: null },
    purpose: null,
    spendingPlan: [],
    goals: [''],
    longTermGoals: [],
    indicators: [],
    categoryMarks: [],
    raw: {},
  };
}
