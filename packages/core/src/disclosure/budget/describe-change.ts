import { formatWan, type Fen } from '../../model/money';

/** Rate of a change in hundredths of a percent, rounded half-up (|change| / prior). */
export function computeChangeRate(change: Fen, prior: Fen): number {
  const num = BigInt(Math.abs(change)) * 10000n;
  const den = BigInt(prior);
  let q = num / den;
  if ((num % den) * 2n >= den) q += 1n;
  return Number(q);
}

function formatRate(hundredths: number): string {
  return `${Math.trunc(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/**
 * The year-on-year clause after an amount, as disclosures print it: "，较上年减少138.44万元，下降21.21%，
 * 下降的主要原因是：…", "，较上年无增减", "，较上年不可比，上年基数为零，不可比的主要原因是：…".
 * An unknown prior amount gives no clause. A missing reason prints "（未填写原因）" so that the
 * check can find it.
 */
export function describeChange(current: Fen, prior: Fen | null, reason: string | null): string {
  if (prior === null) return '';
  const why = reason && reason.trim() !== '' ? reason.trim() : null;
  if (prior === 0 && current === 0) return '，较上年无增减';
  if (prior === 0) return `，较上年不可比，上年基数为零${why ? `，不可比的主要原因是：${why}` : ''}`;
  const change = current - prior;
  if (change === 0) return '，较上年无增减';
  const up = change > 0;
  const word = up ? '增长' : '下降';
  return `，较上年${up ? '增加' : '减少'}${formatWan(Math.abs(change))}万元，${word}${formatRate(computeChangeRate(change, prior))}%${why ? `，${word}的主要原因是：${why}` : ''}`;
}
