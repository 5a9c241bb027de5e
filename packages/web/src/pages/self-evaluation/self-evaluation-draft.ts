import { decimalToFen, formatWan, formatYuan } from '@jixiao/core';
import type { SaveSelfEvaluationBody, SelfEvaluationView } from '../../api/self-evaluation-api';

export type MoneyUnit = 'yuan' | 'wan';

/** What the user is editing: texts as typed, money as typed in the chosen unit. */
export interface SelfEvaluationDraft {
  readonly unit: MoneyUnit;
  readonly budget: string;
  readonly executed: string;
  readonly achievedGoals: string;
  readonly entries: Readonly<Record<number, { readonly actualText: string; readonly deviationReason: string; readonly improvementMeasure: string }>>;
}

/** Fen → input text in the unit, exact and without separators ("61182300.00" 元, "6118.23" 万元). */
export function fenToInput(fen: number | null, unit: MoneyUnit): string {
  if (fen == null) return '';
  return unit === 'yuan' ? formatYuan(fen, { separators: false }) : formatWan(fen, 6).replace(/\.?0+$/, '');
}

/** Input text → fen (exact, no floating point); null when empty, undefined when not an amount. */
export function inputToFen(text: string, unit: MoneyUnit): number | null | undefined {
  const cleaned = text.trim().replace(/万?元$/, '');
  if (cleaned === '') return null;
  const fen = decimalToFen(cleaned, unit);
  return fen === null || fen < 0 ? undefined : fen;
}

export function toDraft(view: SelfEvaluationView, unit: MoneyUnit): SelfEvaluationDraft {
  const entries: Record<number, { actualText: string; deviationReason: string; improvementMeasure: string }> = {};
  for (const l of view.indicators) entries[l.position] = { actualText: l.actualText ?? '', deviationReason: l.deviationReason ?? '', improvementMeasure: l.improvementMeasure ?? '' };
  return { unit, budget: fenToInput(view.execution.budget, unit), executed: fenToInput(view.execution.executed, unit), achievedGoals: view.achievedGoals ?? '', entries };
}

/** The PUT body, or the field whose amount cannot be read. */
export function toSaveBody(view: SelfEvaluationView, draft: SelfEvaluationDraft, status: 'draft' | 'submitted'): SaveSelfEvaluationBody | { invalid: 'budget' | 'executed' } {
  const budget = inputToFen(draft.budget, draft.unit);
  if (budget === undefined) return { invalid: 'budget' };
  const executed = inputToFen(draft.executed, draft.unit);
  if (executed === undefined) return { invalid: 'executed' };
  const blank = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    version: view.version,
    status,
    budget,
    executed,
    achievedGoals: blank(draft.achievedGoals),
    entries: view.indicators.map((l) => {
      const e = draft.entries[l.position];
      return { position: l.position, actualText: blank(e?.actualText ?? ''), deviationReason: blank(e?.deviationReason ?? ''), improvementMeasure: blank(e?.improvementMeasure ?? '') };
    }),
  };
}

/** The same amounts shown in another unit (left as typed when they cannot be read). */
export function changeUnit(draft: SelfEvaluationDraft, unit: MoneyUnit): SelfEvaluationDraft {
  const convert = (text: string): string => {
    const fen = inputToFen(text, draft.unit);
    return fen === undefined ? text : fenToInput(fen, unit);
  };
  return { ...draft, unit, budget: convert(draft.budget), executed: convert(draft.executed) };
}
