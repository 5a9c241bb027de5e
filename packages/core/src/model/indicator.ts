import type { Level1, Level2 } from './taxonomy';
import type { TargetValue } from './target-value';
import type { SourceLocation } from './source-location';

export type ScoringRule = 'proportional' | 'binary' | 'graded' | 'satisfaction';

/** A 三级指标 row. Every normalised field keeps its original text in `raw`. */
export interface Indicator {
  readonly level1: Level1 | null;
  readonly level2: Level2 | null;
  /** Original heading text, e.g. "产出指标", "项目完成指标". */
  readonly level1Text: string | null;
  /** Original heading text, e.g. "数量指标 (必填)". */
  readonly level2Text: string | null;
  /** True when the form marks the level-2 category 必填, false for 选填, null when it does not say. */
  readonly required: boolean | null;
  /** True when the category was inferred from the indicator's wording, not written in the document. */
  readonly categoryInferred?: boolean;
  readonly name: string;
  readonly description: string | null;
  readonly targetText: string | null;
  readonly target: TargetValue | null;
  /** 中期/实施期 target where the form has both. */
  readonly longTermTargetText?: string | null;
  readonly basis: string | null;
  readonly priorActual: string | null;
  readonly weight: number | null;
  readonly scoringRule: ScoringRule | null;
  readonly scoringRuleText: string | null;
  readonly evidence: string | null;
  readonly remark?: string | null;
  /** Self-evaluation: 实际完成值. */
  readonly actualText: string | null;
  readonly actual?: TargetValue | null;
  /** Self-evaluation: 得分 as printed. */
  readonly score: number | null;
  readonly deviationReason: string | null;
  readonly raw: Readonly<Record<string, string>>;
  readonly source?: SourceLocation;
}

/** An indicator with every optional field empty: callers state only what their source gives. */
export function createIndicator(fields: Pick<Indicator, 'name'> & Partial<Indicator>): Indicator {
  return {
    level1: null,
    level2: null,
    level1Text: null,
    level2Text: null,
    required: null,
    description: null,
    targetText: null,
    target: null,
    basis: null,
    priorActual: null,
    weight: null,
    scoringRule: null,
    scoringRuleText: null,
    evidence: null,
    actualText: null,
    score: null,
    deviationReason: null,
    raw: {},
    ...fields,
  };
}
