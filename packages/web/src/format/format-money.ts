import { decimalToFen, formatWan, formatYuan } from '@jixiao/core';

/** Fen → 万元 with two decimals ("55.00"), or "" for null. */
export function fenToWanText(fen: number | null | undefined): string {
  return fen == null ? '' : formatWan(fen, 2);
}

/** Fen → 万元 exactly, at least two decimals and no trailing zeros beyond ("7.548108", "55.00"). */
export function fenToWanInput(fen: number | null | undefined): string {
  if (fen == null) return '';
  const exact = formatWan(fen, 6);
  return exact.replace(/(\.\d\d\d*?)0+$/, '$1');
}

/** 万元 text → fen, exact (no floating point); undefined when not a number, null when empty. */
export function wanInputToFen(text: string): number | null | undefined {
  const cleaned = text.trim().replace(/万元?$/, '');
  if (cleaned === '') return null;
  const fen = decimalToFen(cleaned, 'wan');
  return fen === null ? undefined : fen;
}

/** Fen → 元 with separators ("5,142,114.94"). */
export function fenToYuanText(fen: number | null | undefined): string {
  return fen == null ? '' : formatYuan(fen);
}
