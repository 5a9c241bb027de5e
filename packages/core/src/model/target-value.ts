/** A parsed 指标值 (target value). The raw text is always kept beside it as `targetText`. */
export type ComparisonOp = '>=' | '>' | '=' | '<=' | '<';

export interface QuantitativeTarget {
  readonly op: ComparisonOp;
  /** The number after applying Chinese scale words (万, 亿) and percent kept as written: 90% → 90 with unit "%". */
  readonly value: number;
  /** Unit as normalised ("%", "万元", "元/人/年", "册", "人", "次/年"); null when none was written. */
  readonly unit: string | null;
  /** Further labelled parts of a composite value such as `合计46人；在职：14人`. */
  readonly parts?: readonly LabelledTarget[];
  /** Set when the value is a date, a year or a period (`2024年内`, `2024年1-12月`, `≤4月`). */
  readonly period?: PeriodTarget;
}

export interface LabelledTarget {
  readonly label: string | null;
  readonly op: ComparisonOp;
  readonly value: number;
  readonly unit: string | null;
}

export interface PeriodTarget {
  readonly kind: 'year' | 'month-range' | 'date' | 'date-range' | 'months' | 'days' | 'recurring';
  readonly year?: number;
  readonly fromMonth?: number;
  readonly toMonth?: number;
  /** Day of the month of a `date` (`2024年12月31日前` → 31); the month is `fromMonth` = `toMonth`. */
  readonly day?: number;
  readonly text: string;
}

export interface QualitativeTarget {
  readonly op: 'qualitative';
  /** Normalised qualitative text (`有所提高`, `得以保障`, `实现一单制结算`). */
  readonly text: string;
  /** Set for recurring deadlines kept as text (`每季度结束后的`, `每月`): kind `recurring`. */
  readonly period?: PeriodTarget;
}

export type TargetValue = QuantitativeTarget | QualitativeTarget;

export function isQuantitative(t: TargetValue | null | undefined): t is QuantitativeTarget {
  return t != null && t.op !== 'qualitative';
}
