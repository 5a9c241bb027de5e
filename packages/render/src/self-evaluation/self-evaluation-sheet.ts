/**
 * What a 项目支出绩效自评表 shows, independent of the output format (built from the app's self-evaluation view).
 * Money in fen; scores in points.
 */
export interface SelfEvaluationSheet {
  readonly title: string;
  readonly fiscalYear: number | null;
  readonly projectName: string;
  readonly projectCode: string | null;
  readonly unitName: string | null;
  readonly budget: number | null;
  readonly executed: number | null;
  /** min(executed/budget, 1), or null. */
  readonly executionRate: number | null;
  readonly executionWeight: number;
  readonly executionScore: number;
  readonly goals: readonly string[];
  readonly achievedGoals: string | null;
  readonly indicators: readonly SelfEvaluationSheetRow[];
  readonly total: number;
  readonly gradeLabel: string;
}

export interface SelfEvaluationSheetRow {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly targetText: string;
  readonly actualText: string;
  readonly weight: number;
  readonly score: number;
  /** 偏差原因分析及改进措施 (reason and measure joined). */
  readonly deviation: string;
  /** The scoring formula, e.g. `w·a/t = 5×85/90 = 4.72`. */
  readonly formula: string;
}

/** 元 with two decimals from fen (no float sums: fen are integers). */
export function formatFenAsYuan(fen: number | null): string {
  if (fen == null) return '';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 万元 with up to six decimals from fen. */
export function formatFenAsWan(fen: number | null): string {
  if (fen == null) return '';
  return String(Number((fen / 1_000_000).toFixed(6)));
}

export function formatRate(rate: number | null): string {
  return rate == null ? '' : `${(rate * 100).toFixed(2)}%`;
}
