import type { Fen } from './money';
import type { Indicator } from './indicator';
import type { SourceLocation } from './source-location';
import type { Level1, Level2 } from './taxonomy';

export type ProjectKind = 'new' | 'continuing' | 'recurring';

export interface Funds {
  readonly total: Fen | null;
  readonly fiscal: Fen | null;
  readonly other: Fen | null;
}

export interface SpendingCheckpoint {
  /** Month whose end the checkpoint is at (3 = 3月底). */
  readonly month: number;
  /** Cumulative planned share of the year's funds, 0–100. */
  readonly percent: number;
}

/** A project's performance target as declared on one form (项目支出绩效目标申报表 / 绩效目标表). */
export interface Project {
  readonly code: string | null;
  readonly name: string;
  /** 预算单位 name. */
  readonly unit: string | null;
  readonly unitCode: string | null;
  /** 主管部门. */
  readonly department: string | null;
  readonly departmentCode: string | null;
  readonly implementingUnit: string | null;
  readonly fiscalYear: number | null;
  readonly kind: ProjectKind | null;
  readonly period: string | null;
  readonly preparer: string | null;
  readonly preparerPhone: string | null;
  readonly preparedOn: string | null;
  readonly projectLead: string | null;
  readonly funds: Funds;
  /** 资金用途. */
  readonly purpose: string | null;
  readonly spendingPlan: readonly SpendingCheckpoint[];
  readonly goals: readonly string[];
  readonly longTermGoals: readonly string[];
  /** Self-evaluation: 实际完成情况 of the overall goals, as written. */
  readonly achievedGoals?: readonly string[];
  readonly indicators: readonly Indicator[];
  /** The form's 必填/选填 marks per level-2 category, including categories left empty. */
  readonly categoryMarks: readonly CategoryMark[];
  /** Self-evaluation block (预算执行情况) when the form carries one. */
  readonly execution?: ExecutionSummary | null;
  /** Self-evaluation: the printed 总分, when the form carries one. */
  readonly printedTotal?: number | null;
  /** Original text of every normalised field (funds.total → "7.55万元", kind → "延续性项目"). */
  readonly raw: Readonly<Record<string, string>>;
  readonly source?: SourceLocation;
}

export interface CategoryMark {
  readonly level1: Level1 | null;
  readonly level2: Level2;
  readonly required: boolean;
}

export interface ExecutionSummary {
  readonly budget: Fen | null;
  readonly executed: Fen | null;
  /** Printed 执行率 as a fraction (0.9997), when present. */
  readonly rate: number | null;
  /** Printed 分值 / 得分 for execution. */
  readonly weight: number | null;
  readonly score: number | null;
}
