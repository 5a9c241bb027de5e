import type { Fen } from '../../model/money';
import { decimalToFen } from '../../model/money';

/** An amount of money found in free text. */
export interface TextAmount {
  /** As printed, e.g. "7.548108万元". */
  readonly text: string;
  readonly fen: Fen;
  /** The number as printed, without unit ("7.548108"). */
  readonly number: string;
  readonly unit: '元' | '万元';
  /** Digits after the decimal point as printed (for rounding tolerance). */
  readonly decimals: number;
  readonly span: readonly [number, number];
}

/** Units that make a preceding 万 a scale word, not 万元 (48.10万人, 8万册). */
const NON_MONEY_AFTER_WAN = new Set('人册次户件份张个台亩吨方度条家辆名例字平千公'.split(''));

const AMOUNT_RE = /(\d[\d,]*(?:\.\d+)?)\s*(万元|万|元|亿元)/g;

/**
 * Extracts money amounts ("10万元", "7.548108万元", "3774054元", "27.14万", "514.21万元") with their spans.
 * "48.10万人" and "8万册" are not money. Amounts are converted to fen exactly.
 */
export function extractAmounts(text: string): TextAmount[] {
  const out: TextAmount[] = [];
  if (text.indexOf('元') < 0 && text.indexOf('万') < 0) return out;
  AMOUNT_RE.lastIndex = 0;
  for (let m = AMOUNT_RE.exec(text); m; m = AMOUNT_RE.exec(text)) {
    const num = m[1] ?? '';
    let unitText = m[2] ?? '';
    const end = m.index + m[0].length;
    if (unitText === '万' && NON_MONEY_AFTER_WAN.has(text[end] ?? '')) continue;
    // "2100元/月" and "1300元/人" are rates, still money amounts; keep them.
    const prev = text[m.index - 1] ?? '';
    if (prev === '.' || (prev >= '0' && prev <= '9')) continue;
    let fen: Fen | null;
    if (unitText === '亿元') {
      const f = decimalToFen(num, 'wan');
      fen = f == null ? null : f * 10000;
      unitText = '万元';
    } else fen = decimalToFen(num, unitText === '元' ? 'yuan' : 'wan');
    if (fen == null) continue;
    const dot = num.indexOf('.');
    out.push({
      text: m[0],
      fen,
      number: num.replace(/,/g, ''),
      unit: unitText === '元' ? '元' : '万元',
      decimals: dot < 0 ? 0 : num.length - dot - 1,
      span: [m.index, end],
    });
  }
  return out;
}
