import { decimalToFen, type Fen, type MoneyScale } from '../model/money';
import { normalizeText } from '../text/index';

export interface ParsedMoney {
  readonly fen: Fen | null;
  /** True when the text said nothing about its scale and `defaultScale` was used. */
  readonly assumedScale: boolean;
  readonly ok: boolean;
}

/**
 * Reads an amount as printed: `55`, `7.55万元`, `27.14万`, `5,142,114.94`, `0.26万`, `3,360.00元`.
 * The unit written in the cell wins; otherwise the form's scale (`项目资金(万元)`, `单位：元`).
 * Empty, `-`, `/` and `无` give null (ok). Anything else gives ok: false.
 */
export function parseMoney(text: string | null | undefined, defaultScale: MoneyScale | null): ParsedMoney {
  const s = normalizeText(text ?? '').replace(/\s+/g, '');
  if (!s || /^[-—/无0]?$/.test(s) && s !== '0') return { fen: null, assumedScale: false, ok: true };
  const m = /^(?:人民币|¥|￥)?([+-]?[\d,]*\.?\d+)(万元|万|元|亿元)?(?:整)?$/.exec(s);
  if (!m) return { fen: null, assumedScale: false, ok: false };
  const unit = m[2];
  if (unit === '亿元') {
    const wan = decimalToFen(m[1]!, 'wan');
    return { fen: wan === null ? null : wan * 10_000, assumedScale: false, ok: wan !== null };
  }
  const scale: MoneyScale = unit === '万元' || unit === '万' ? 'wan' : unit === '元' ? 'yuan' : defaultScale ?? 'wan';
  const fen = decimalToFen(m[1]!, scale);
  return { fen, assumedScale: !unit && !defaultScale, ok: fen !== null };
}

/** Scale named by a remark or label such as `万元`, `单位：元`, `金额(万元)`. */
export function scaleFromText(text: string | null | undefined): MoneyScale | null {
  if (!text) return null;
  if (/万/.test(text)) return 'wan';
  if (/元/.test(text)) return 'yuan';
  return null;
}
