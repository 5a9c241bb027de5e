import type { DepartmentTarget } from '../model/department-target';
import type { Project } from '../model/project';
import type { SourceLocation } from '../model/source-location';
import type { FormDraft } from './form-draft';
import { parseDate, parseProjectKind, splitNameCode, splitPreparer } from './row-patterns';
import { splitGoals } from './split-goals';

export interface FinishWarning {
  readonly code: string;
  readonly message: string;
  readonly text?: string;
}

/** Turns a finished form draft into a frozen Project, keeping every original text in `raw`. */
export function finishProject(form: FormDraft, fiscalYear: number | null, loc: SourceLocation): { project: Project; warnings: FinishWarning[] } {
  const t = form.text;
  const warnings: FinishWarning[] = [];
  const name = t.get('projectName') ?? form.titleName ?? '';
  if (!t.get('projectName')) {
    warnings.push(form.titleName ? { code: 'name-from-title', message: `项目名称取自表题“${form.titleName}”` } : { code: 'missing-project-name', message: '绩效目标表缺少项目名称' });
  }
  const dept = t.get('department') ? splitNameCode(t.get('department')!) : null;
  const preparer = t.get('preparer') ? splitPreparer(t.get('preparer')!) : { name: null, phone: null };
  const kindText = t.get('kind') ?? null;
  const raw: Record<string, string> = {};
  for (const [k, v] of t) raw[k] = v;
  if (form.title) raw.title = form.title;
  const unitFromLine = t.get('unit') ?? null;
  const project: Project = {
    code: t.get('projectCode') ?? null,
    name,
    unit: unitFromLine ?? t.get('implementingUnit') ?? dept?.name ?? null,
    unitCode: t.get('unitCode') ?? null,
    department: dept?.name || null,
    departmentCode: dept?.code ?? null,
    implementingUnit: t.get('implementingUnit') ?? null,
    fiscalYear,
    kind: kindText ? parseProjectKind(kindText) : null,
    period: t.get('period') ?? null,
    preparer: preparer.name,
    preparerPhone: t.get('phone') ?? preparer.phone,
    preparedOn: t.get('preparedOn') ? parseDate(t.get('preparedOn')!) ?? t.get('preparedOn')! : null,
    projectLead: t.get('projectLead') ?? null,
    funds: { ...form.funds },
    purpose: t.get('purpose') ?? null,
    spendingPlan: [...form.spendingPlan].sort((a, b) => a.month - b.month),
    goals: splitGoals(t.get('goals')),
    longTermGoals: splitGoals(t.get('longTermGoals')),
    ...(t.has('actualOutcome') ? { achievedGoals: splitGoals(t.get('actualOutcome')) } : {}),
    indicators: form.indicators.map(completeCategory),
    categoryMarks: form.categoryMarks,
    execution: form.execution,
    ...(t.has('totalScore') ? { printedTotal: Number(t.get('totalScore')) } : {}),
    raw,
    source: loc,
  };
  return { project, warnings };
}

export function finishDepartmentTarget(form: FormDraft, fiscalYear: number | null, loc: SourceLocation): DepartmentTarget {
  const t = form.text;
  const raw: Record<string, string> = {};
  for (const [k, v] of t) raw[k] = v;
  const name = t.get('unit') ?? t.get('department') ?? '';
  return {
    name,
    unitCode: t.get('unitCode') ?? null,
    fiscalYear,
    funds: { ...form.funds },
    goals: [...form.goals, ...splitGoals(t.get('goals'))],
    tasks: form.tasks,
    indicators: form.indicators.map(completeCategory),
    measures: form.measures,
    raw,
    source: loc,
  };
}

/** A level 1 with a single level 2 (满意度指标 → 服务对象满意度指标) names that level 2 too. */
export function completeCategory<T extends Project['indicators'][number]>(i: T): T {
  if (i.level2 === null && i.level1 === 'satisfaction') return { ...i, level2: 'serviceSatisfaction' };
  return i;
}
