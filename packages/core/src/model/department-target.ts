import type { Fen } from './money';
import type { Funds } from './project';
import type { Indicator } from './indicator';
import type { SourceLocation } from './source-location';

export interface DepartmentTask {
  readonly name: string;
  readonly content: string | null;
  readonly amount: Fen | null;
  readonly fiscal: Fen | null;
  readonly other: Fen | null;
  readonly goals: readonly string[];
  /** Indicator texts stated per task in narrative layouts. */
  readonly indicatorTexts: readonly string[];
}

/** 部门整体支出绩效目标 (department-level target). */
export interface DepartmentTarget {
  readonly name: string;
  readonly unitCode: string | null;
  readonly fiscalYear: number | null;
  readonly funds: Funds;
  readonly goals: readonly string[];
  readonly tasks: readonly DepartmentTask[];
  readonly indicators: readonly Indicator[];
  /** 工作保障措施. */
  readonly measures: readonly string[];
  readonly raw: Readonly<Record<string, string>>;
  readonly source?: SourceLocation;
}
