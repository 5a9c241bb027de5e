import { formatTargetValue, parseTargetValue } from '@jixiao/core';
import type { TargetValue } from '@jixiao/core';

/** What the value grammar made of a typed 指标值: the text to show, or why it could not be read. */
export type ValueReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly text: string; readonly target: TargetValue; readonly note: string | null }
  | { readonly kind: 'unreadable'; readonly reason: string | null };

/** Parses a 指标值 with the core grammar and prints it back (`≥8万册` → `≥ 80000 册`). */
export function describeTargetValue(text: string | null): ValueReading {
  if (text == null || text.trim() === '') return { kind: 'empty' };
  const result = parseTargetValue(text);
  if (!result.target) return { kind: 'unreadable', reason: result.issue?.message ?? null };
  return { kind: 'ok', target: result.target, text: formatTargetValue(result.target), note: result.issue?.message ?? null };
}

/** The parsed target of a text, or null. */
export function parseTargetText(text: string | null): TargetValue | null {
  const reading = describeTargetValue(text);
  return reading.kind === 'ok' ? reading.target : null;
}
