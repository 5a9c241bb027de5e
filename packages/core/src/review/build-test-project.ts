import { createIndicator, type Indicator } from '../model/indicator';
import type { CategoryMark, Project } from '../model/project';
import type { ComparisonOp, TargetValue } from '../model/target-value';
import type { Level1, Level2 } from '../model/taxonomy';

/** [level1, level2, name, targetText, extra] — a compact indicator row for tests copied from the samples. */
export type TestIndicatorRow = readonly [Level1 | null, Level2 | null, string, string | null, Partial<Indicator>?];

export interface TestProjectInput {
  readonly name: string;
  /** Total in 万元 as printed; fiscal defaults to the total. */
  readonly totalWan?: number | null;
  readonly fiscalWan?: number | null;
  readonly otherWan?: number | null;
  readonly fiscalYear?: number | null;
  readonly period?: string | null;
  readonly goals?: readonly string[];
  readonly indicators?: readonly TestIndicatorRow[];
  readonly categoryMarks?: readonly CategoryMark[];
}

const OPS: Readonly<Record<string, ComparisonOp>> = { '≥': '>=', '>=': '>=', '≤': '<=', '<=': '<=', '>': '>', '<': '<', '=': '=' };

/** A small target parser for test fixtures (the product uses value/parseTargetValue). */
export function parseTestTarget(text: string | null): TargetValue | null {
  if (text == null || text.trim() === '') return null;
  const m = /^(≥|≤|>=|<=|>|<|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$/.exec(text.trim());
  if (!m) return { op: 'qualitative', text: text.trim() };
  const unit = (m[3] ?? '').trim();
  return { op: OPS[m[1] ?? '='] ?? '=', value: Number(m[2]), unit: unit === '' ? null : unit === '百分比' ? '%' : unit };
}

function wanToFen(wan: number | null | undefined): number | null {
  return wan == null ? null : Math.round(wan * 1_000_000);
}

/** Builds a Project by hand from values copied from a sample document. */
export function buildTestProject(input: TestProjectInput): Project {
  const indicators: Indicator[] = (input.indicators ?? []).map(([level1, level2, name, targetText, extra]) =>
    createIndicator({ level1, level2, name, targetText, target: parseTestTarget(targetText), ...extra }),
  );
  const total = wanToFen(input.totalWan);
  return {
    code: null,
    name: input.name,
    unit: null,
    unitCode: null,
    department: null,
    departmentCode: null,
    implementingUnit: null,
    fiscalYear: input.fiscalYear === undefined ? 2024 : input.fiscalYear,
    kind: null,
    period: input.period ?? null,
    preparer: null,
    preparerPhone: null,
    preparedOn: null,
    projectLead: null,
    funds: { total, fiscal: input.fiscalWan === undefined ? total : wanToFen(input.fiscalWan), other: wanToFen(input.otherWan) },
    purpose: null,
    spendingPlan: [],
    goals: input.goals ?? [],
    longTermGoals: [],
    indicators,
    categoryMarks: input.categoryMarks ?? [],
    raw: {},
  };
}
