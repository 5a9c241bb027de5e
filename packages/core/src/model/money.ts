/** Money is an integer count of 分 (fen). 元 and 万元 exist only at parse and render time. */
export type Fen = number;

export type MoneyScale = 'yuan' | 'wan';

const FEN_PER: Record<MoneyScale, bigint> = { yuan: 100n, wan: 1_000_000n };

/**
 * Converts a decimal string such as "5,142,114.94" or "7.548108" in the given scale to integer fen,
 * exactly (no floating point). Fractions of a fen are rounded half-up. Returns null when the text
 * is not a plain decimal number.
 */
export function decimalToFen(text: string, scale: MoneyScale): Fen | null {
  const cleaned = text.replace(/[,，\s]/g, '');
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(cleaned);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const sign = m[1] === '-' ? -1n : 1n;
  const intPart = BigInt(m[2] || '0');
  const frac = m[3] ?? '';
  const perUnit = FEN_PER[scale];
  const fracDigits = frac.length;
  const fracValue = fracDigits === 0 ? 0n : BigInt(frac);
  const denom = 10n ** BigInt(fracDigits);
  // fen = (int + frac/denom) * perUnit, rounded half-up
  const numerator = (intPart * denom + fracValue) * perUnit;
  let fen = numerator / denom;
  if ((numerator % denom) * 2n >= denom) fen += 1n;
  const result = Number(sign * fen);
  return Number.isSafeInteger(result) ? result : null;
}

/** Fen → 元 as a number with at most two decimals (for JSON contracts). */
export function fenToYuan(fen: Fen): number {
  return fen / 100;
}

/** Fen → "5,142,114.94" (元, two decimals, thousands separators). */
export function formatYuan(fen: Fen, opts: { separators?: boolean } = {}): string {
  const neg = fen < 0;
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const cents = abs % 100;
  const intText = opts.separators === false ? String(yuan) : yuan.toLocaleString('en-US');
  return `${neg ? '-' : ''}${intText}.${String(cents).padStart(2, '0')}`;
}

/** Fen → 万元 with two decimals, rounded half-up ("514.21"). */
export function formatWan(fen: Fen, decimals = 2): string {
  const neg = fen < 0;
  const abs = BigInt(Math.abs(fen));
  const step = 10n ** BigInt(6 - decimals); // fen per last displayed digit
  let units = abs / step;
  if ((abs % step) * 2n >= step) units += 1n;
  const s = units.toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? s : `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
  return `${neg ? '-' : ''}${text}`;
}

/** Sum of fen values; null entries are skipped, all-null gives null. */
export function sumFen(values: readonly (Fen | null | undefined)[]): Fen | null {
  let total: Fen | null = null;
  for (const v of values) if (v != null) total = (total ?? 0) + v;
  return total;
}
