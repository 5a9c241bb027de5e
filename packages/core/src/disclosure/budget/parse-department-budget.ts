import { emptyDepartmentBudget, FUND_SOURCE_LABELS, type DepartmentBudget } from './department-budget';

const KINDS = ['personnel', 'publicUse', 'project'];
const UNIT_KINDS = ['administrative', 'civilServiceManaged', 'institution'];
const PROCUREMENT_KINDS = ['goods', 'works', 'services'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFen = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v);

/**
 * Checks that a parsed JSON value is a DepartmentBudget (schemaVersion 1) and fills the optional
 * parts that are missing with their empty values. Errors are Chinese messages with the JSON path.
 */
export function parseDepartmentBudget(value: unknown): { budget: DepartmentBudget | null; errors: string[] } {
  const errors: string[] = [];
  if (!isObj(value)) return { budget: null, errors: ['预算数据应为一个 JSON 对象'] };
  if (value.schemaVersion !== 1) errors.push('schemaVersion 应为 1');
  const dept = value.department;
  if (!isObj(dept) || typeof dept.name !== 'string' || dept.name.trim() === '') errors.push('department.name（部门名称）必填');
  if (typeof value.fiscalYear !== 'number' || !Number.isInteger(value.fiscalYear) || value.fiscalYear < 2000 || value.fiscalYear > 2100) errors.push('fiscalYear（预算年度）应为 2000–2100 的整数');
  const arrays = ['units', 'lines', 'projects', 'changes', 'meetings', 'trainings', 'procurement', 'projectTargets', 'specialFunds'];
  for (const key of arrays) if (value[key] !== undefined && !Array.isArray(value[key])) errors.push(`${key} 应为数组`);
  (Array.isArray(value.units) ? value.units : []).forEach((u, i) => {
    if (!isObj(u) || typeof u.code !== 'string' || typeof u.name !== 'string') errors.push(`units[${i}] 须有 code 和 name`);
    else if (!UNIT_KINDS.includes(String(u.kind))) errors.push(`units[${i}].kind 应为 ${UNIT_KINDS.join('/')}`);
  });
  (Array.isArray(value.lines) ? value.lines : []).forEach((l, i) => {
    const at = `lines[${i}]`;
    if (!isObj(l)) return errors.push(`${at} 应为对象`);
    for (const k of ['id', 'unitCode', 'functionCode', 'deptEconomicCode']) if (typeof l[k] !== 'string') errors.push(`${at}.${k} 应为字符串`);
    if (!(String(l.source) in FUND_SOURCE_LABELS)) errors.push(`${at}.source 应为 ${Object.keys(FUND_SOURCE_LABELS).join('/')}`);
    if (!KINDS.includes(String(l.kind))) errors.push(`${at}.kind 应为 ${KINDS.join('/')}`);
    if (!isFen(l.amount)) errors.push(`${at}.amount 应为整数（分）`);
    if (l.priorAmount !== undefined && l.priorAmount !== null && !isFen(l.priorAmount)) errors.push(`${at}.priorAmount 应为整数（分）或 null`);
    return undefined;
  });
  (Array.isArray(value.procurement) ? value.procurement : []).forEach((p, i) => {
    if (!isObj(p) || !PROCUREMENT_KINDS.includes(String(p.kind)) || !isFen(p.amount)) errors.push(`procurement[${i}] 须有 kind（goods/works/services）和整数分 amount`);
  });
  (Array.isArray(value.specialFunds) ? value.specialFunds : []).forEach((f, i) => {
    const at = `specialFunds[${i}]`;
    if (!isObj(f)) return errors.push(`${at} 应为对象`);
    for (const k of ['name', 'functionCode']) if (typeof f[k] !== 'string' || f[k] === '') errors.push(`${at}.${k} 应为非空字符串`);
    if (!isFen(f.amount)) errors.push(`${at}.amount 应为整数（分）`);
    if (!Array.isArray(f.projectNames) || f.projectNames.some((n) => typeof n !== 'string')) errors.push(`${at}.projectNames 应为项目名称的数组`);
    return undefined;
  });
  if (errors.length > 0) return { budget: null, errors };
  const base = emptyDepartmentBudget(String((dept as Obj).name), value.fiscalYear as number);
  const v = value as Partial<DepartmentBudget>;
  const budget: DepartmentBudget = {
    ...base,
    ...v,
    schemaVersion: 1,
    department: { name: String((dept as Obj).name), code: typeof (dept as Obj).code === 'string' ? ((dept as Obj).code as string) : null },
    overview: { ...base.overview, ...(v.overview ?? {}) },
    staffing: { ...base.staffing, ...(v.staffing ?? {}) },
    threePublic: { ...base.threePublic, ...(v.threePublic ?? {}) },
    assets: { ...base.assets, ...(v.assets ?? {}) },
    operatingCosts: { ...base.operatingCosts, ...(v.operatingCosts ?? {}) },
    codeNames: { ...base.codeNames, ...(v.codeNames ?? {}) },
    specialFunds: (v.specialFunds ?? []).map((f) => ({ ...f, department: f.department ?? null, purpose: f.purpose ?? '', management: f.management ?? '' })),
    lines: (v.lines ?? []).map((l) => ({ ...l, govEconomicCode: l.govEconomicCode ?? null, projectName: l.projectName ?? null, priorAmount: l.priorAmount ?? null, changeReason: l.changeReason ?? null })),
  };
  return { budget, errors: [] };
}
