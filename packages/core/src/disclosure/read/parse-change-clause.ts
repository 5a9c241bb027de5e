import { decimalToFen, type Fen } from '../../model/money';
import type { ChangeDirection } from '../model/disclosure';

export interface ChangeClause {
  readonly direction: ChangeDirection;
  readonly change: Fen | null;
  readonly changeText: string | null;
  readonly rate: number | null;
  readonly rateText: string | null;
  readonly directionWords: readonly string[];
  readonly reason: string | null;
  /** Length of the clause text consumed. */
  readonly length: number;
}

const MOVED = /^，?较上年(增加|减少)([\d,]+(?:\.\d+)?)万元[，,]\s*(增长|下降|减少|增加)([\d.]+)%(?:[，,]\s*(增长|下降|减少|增加)的主要原因(?:是)?[:：]([^；;。\n]*))?/;
const FLAT = /^，?较上年(无增减|持平|没有变化|无变化)/;
const INCOMPARABLE = /^，?较上年不可比(?:[，,]\s*上年基数为零)?(?:[，,]\s*不可比的主要原因(?:是)?[:：]([^；;。\n]*))?/;

/** Reads the year-on-year clause that follows an amount ("，较上年减少138.44万元，下降21.21%，下降的主要原因是：…"). */
export function parseChangeClause(text: string): ChangeClause | null {
  const moved = MOVED.exec(text);
  if (moved) {
    const rateText = moved[4]!;
    const [whole, frac = ''] = rateText.split('.');
    const rate = Number(whole) * 100 + Number((frac + '00').slice(0, 2));
    return {
      direction: moved[1] === '增加' ? 'increase' : 'decrease',
      change: decimalToFen(moved[2]!, 'wan'),
      changeText: moved[2]!,
      rate,
      rateText,
      directionWords: [moved[1]!, moved[3]!, ...(moved[5] ? [moved[5]] : [])],
      reason: moved[6]?.trim() || null,
      length: moved[0].length,
    };
  }
  const flat = FLAT.exec(text);
  if (flat) return { direction: 'flat', change: 0, changeText: null, rate: null, rateText: null, directionWords: [flat[1]!], reason: null, length: flat[0].length };
  const inc = INCOMPARABLE.exec(text);
  if (inc) return { direction: 'incomparable', change: null, changeText: null, rate: null, rateText: null, directionWords: ['不可比'], reason: inc[1]?.trim() || null, length: inc[0].length };
  return null;
}
