/** An exact rational number (numerator/denominator as bigint) for checking printed arithmetic without float error. */
export interface ExactDecimal {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function reduce(num: bigint, den: bigint): ExactDecimal {
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

/** Parses "314504.5", "3,774,054", "-2" exactly; null when not a plain decimal. */
export function parseExactDecimal(text: string): ExactDecimal | null {
  const m = /^([+-]?)(\d[\d,]*)?(?:\.(\d+))?$/.exec(text.trim());
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const frac = m[3] ?? '';
  const num = BigInt((m[2] ?? '0').replace(/,/g, '') + frac) * (m[1] === '-' ? -1n : 1n);
  return reduce(num, 10n ** BigInt(frac.length));
}

export function decimalFromInteger(n: number): ExactDecimal {
  return { num: BigInt(n), den: 1n };
}

export function addExact(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  return reduce(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subtractExact(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  return reduce(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function multiplyExact(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  return reduce(a.num * b.num, a.den * b.den);
}

/** Division; null when dividing by zero. */
export function divideExact(a: ExactDecimal, b: ExactDecimal): ExactDecimal | null {
  if (b.num === 0n) return null;
  return reduce(a.num * b.den, a.den * b.num);
}

export function absExact(a: ExactDecimal): ExactDecimal {
  return a.num < 0n ? { num: -a.num, den: a.den } : a;
}

/** -1, 0 or 1. */
export function compareExact(a: ExactDecimal, b: ExactDecimal): number {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** Nearest float, for messages and evidence only. */
export function exactToNumber(a: ExactDecimal): number {
  return Number(a.num) / Number(a.den);
}

/** Decimal text with at most `digits` fraction digits, trailing zeros removed ("7.548108"). */
export function formatExact(a: ExactDecimal, digits = 6): string {
  const scale = 10n ** BigInt(digits);
  const neg = a.num < 0n;
  const abs = neg ? -a.num : a.num;
  let scaled = (abs * scale) / a.den;
  if (((abs * scale) % a.den) * 2n >= a.den) scaled += 1n;
  const s = scaled.toString().padStart(digits + 1, '0');
  const int = s.slice(0, s.length - digits);
  const frac = s.slice(s.length - digits).replace(/0+$/, '');
  return `${neg && scaled !== 0n ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}
