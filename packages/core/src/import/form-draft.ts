import type { MoneyScale } from '../model/money';
import type { Indicator } from '../model/indicator';
import type { CategoryMark, ExecutionSummary, Funds, SpendingCheckpoint } from '../model/project';
import type { DepartmentTask } from '../model/department-target';
import type { FormKind } from '../lexicon/documents';

/** What a form accumulates while its rows are read; turned into a Project or DepartmentTarget at its end. */
export interface FormDraft {
  kind: FormKind;
  title: string | null;
  /** Project name embedded in a title such as `1.劳务派遣人员经费绩效目标表`. */
  titleName: string | null;
  fiscalYear: number | null;
  scale: MoneyScale | null;
  text: Map<string, string>;
  funds: { total: number | null; fiscal: number | null; other: number | null };
  goals: string[];
  longTermGoals: string[];
  spendingPlan: SpendingCheckpoint[];
  indicators: Indicator[];
  categoryMarks: CategoryMark[];
  tasks: DepartmentTask[];
  measures: string[];
  execution: { -readonly [K in keyof ExecutionSummary]: ExecutionSummary[K] } | null;
  startLine: number | null;
  endLine: number | null;
}

export function createFormDraft(kind: FormKind): FormDraft {
  return {
    kind,
    title: null,
    titleName: null,
    fiscalYear: null,
    scale: null,
    text: new Map(),
    funds: { total: null, fiscal: null, other: null },
    goals: [],
    longTermGoals: [],
    spendingPlan: [],
    indicators: [],
    categoryMarks: [],
    tasks: [],
    measures: [],
    execution: null,
    startLine: null,
    endLine: null,
  };
}

/** True when the draft holds anything beyond preamble context. */
export function hasFormContent(d: FormDraft): boolean {
  return d.indicators.length > 0 || d.text.has('projectName') || d.text.has('projectCode') || d.goals.length > 0 || d.tasks.length > 0 || d.funds.total !== null;
}

export function fundsOf(d: FormDraft): Funds {
  return { ...d.funds };
}
