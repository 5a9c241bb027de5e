import type { Fen } from '@jixiao/core';

export const SELF_EVALUATION_STATUSES = ['draft', 'submitted'] as const;
export type SelfEvaluationStatus = (typeof SELF_EVALUATION_STATUSES)[number];

/** What was entered (or imported) for one indicator, by its position in the project's indicators. */
export interface SelfEvaluationEntry {
  readonly position: number;
  readonly actualText: string | null;
  readonly deviationReason: string | null;
  readonly improvementMeasure: string | null;
  /** 得分 as printed on an imported form. */
  readonly printedScore: number | null;
  /** 分值 as printed on an imported form: the weight when the project's indicator has none (R-SE-01). */
  readonly formWeight: number | null;
}

/** A reviewer's score override (migration 0005); the latest per position applies. */
export interface ScoreOverrideRecord {
  readonly id: string;
  readonly projectId: string;
  readonly position: number;
  readonly score: number;
  readonly previousScore: number;
  readonly reason: string;
  readonly reviewerId: string;
  readonly reviewerName: string;
  readonly at: string;
}

/** A project's stored self-evaluation (绩效自评). */
export interface StoredSelfEvaluation {
  readonly projectId: string;
  readonly status: SelfEvaluationStatus;
  readonly version: number;
  readonly budget: Fen | null;
  readonly executed: Fen | null;
  readonly achievedGoals: string | null;
  readonly printedTotal: number | null;
  readonly printedExecutionScore: number | null;
  readonly source: 'entry' | 'import';
  readonly sourceFile: string | null;
  readonly entries: readonly SelfEvaluationEntry[];
  readonly overrides: readonly ScoreOverrideRecord[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}
