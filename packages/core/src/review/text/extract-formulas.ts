import {
  absExact,
  addExact,
  compareExact,
  divideExact,
  exactToNumber,
  formatExact,
  multiplyExact,
  parseExactDecimal,
  subtractExact,
  type ExactDecimal,
} from './exact-decimal';

/** A calculation printed in text, such as "314504.5*12=3774054" or "3774054元*0.02=7.548108万元". */
export interface TextFormula {
  readonly text: string;
  readonly span: readonly [number, number];
  /** Left-hand side as printed ("3774054元*0.02"). */
  readonly expression: string;
  /** Value of the left side, in 元 when money is involved. */
  readonly computed: ExactDecimal;
  /** Printed result in the same base (元 for money). */
  readonly printed: ExactDecimal;
  /** Unit of the printed result ('元', '万元', '%', '' …). */
  readonly resultUnit: string;
  /** True when the printed result is money (元/万元). */
  readonly isMoney: boolean;
  /** True when printed and computed agree within the printed rounding. */
  readonly correct: boolean;
  /** Half a unit of the printed result's last digit, in the base (元 for money). */
  readonly tolerance: ExactDecimal;
}

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const UNIT = String.raw`(?:万元|元|%|万|[人月年次天个名户辆件份])?`;
const OP = String.raw`\s*[*×xX+＋\-－/÷]\s*`;
const FORMULA_RE = new RegExp(`(${NUM}${UNIT}(?:${OP}${NUM}${UNIT})+)\\s*[=＝]\\s*(${NUM})\\s*(万元|元|%|万)?`, 'g');
const TERM_RE = new RegExp(`(${NUM})(${UNIT})`, 'y');
const OP_RE = /\s*([*×xX+＋\-－/÷])\s*/y;

const ONE: ExactDecimal = { num: 1n, den: 1n };
const TEN_THOUSAND: ExactDecimal = { num: 10000n, den: 1n };
const HUNDRED: ExactDecimal = { num: 100n, den: 1n };

function scaleOf(unit: string): ExactDecimal {
  if (unit === '万元' || unit === '万') return TEN_THOUSAND;
  if (unit === '%') return { num: 1n, den: 100n };
  return ONE;
}

/** Evaluates "a*b+c" with the usual precedence, exactly; null when malformed or dividing by zero. */
function evaluate(expression: string): { value: ExactDecimal; money: boolean } | null {
  const terms: ExactDecimal[] = [];
  const ops: string[] = [];
  let money = false;
  let pos = 0;
  for (;;) {
    TERM_RE.lastIndex = pos;
    const t = TERM_RE.exec(expression);
    if (!t) return null;
    const n = parseExactDecimal(t[1] ?? '');
    if (!n) return null;
    const unit = t[2] ?? '';
    if (unit === '元' || unit === '万元' || unit === '万') money = true;
    terms.push(multiplyExact(n, scaleOf(unit)));
    pos = TERM_RE.lastIndex;
    if (pos >= expression.length) break;
    OP_RE.lastIndex = pos;
    const o = OP_RE.exec(expression);
    if (!o) return null;
    ops.push(o[1] ?? '');
    pos = OP_RE.lastIndex;
  }
  // multiplication and division first
  const sums: ExactDecimal[] = [terms[0] as ExactDecimal];
  const signs: string[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] ?? '';
    const next = terms[i + 1] as ExactDecimal;
    if ('*×xX'.includes(op)) sums[sums.length - 1] = multiplyExact(sums[sums.length - 1] as ExactDecimal, next);
    else if ('/÷'.includes(op)) {
      const q = divideExact(sums[sums.length - 1] as ExactDecimal, next);
      if (!q) return null;
      sums[sums.length - 1] = q;
    } else {
      signs.push(op === '+' || op === '＋' ? '+' : '-');
      sums.push(next);
    }
  }
  let value = sums[0] as ExactDecimal;
  for (let i = 0; i < signs.length; i++) value = signs[i] === '+' ? addExact(value, sums[i + 1] as ExactDecimal) : subtractExact(value, sums[i + 1] as ExactDecimal);
  return { value, money };
}

/**
 * Finds calculations with a printed result and checks them with exact decimal arithmetic. Money operands in 万元 are
 * converted to 元; `%` divides by 100. A result counts as correct when it differs from the exact value by at most half
 * a unit of its last printed digit (7.548108万元 must match to 0.0000005万元; 7.55万元 to 0.005万元).
 */
export function extractFormulas(text: string): TextFormula[] {
  const out: TextFormula[] = [];
  if (text.indexOf('=') < 0 && text.indexOf('＝') < 0) return out;
  FORMULA_RE.lastIndex = 0;
  for (let m = FORMULA_RE.exec(text); m; m = FORMULA_RE.exec(text)) {
    const expression = m[1] ?? '';
    const evaluated = evaluate(expression);
    const printedNum = parseExactDecimal(m[2] ?? '');
    if (!evaluated || !printedNum) continue;
    let resultUnit = m[3] ?? '';
    // "3230元*8人*12月*2%=6201.6" without a unit: money when the left side is money
    if (!resultUnit && evaluated.money) resultUnit = '元';
    const isMoney = resultUnit === '元' || resultUnit === '万元' || resultUnit === '万';
    const scale = resultUnit === '%' ? ONE : scaleOf(resultUnit);
    let printed = multiplyExact(printedNum, scale);
    let computed = evaluated.value;
    if (resultUnit === '%') {
      computed = multiplyExact(computed, HUNDRED);
      printed = printedNum;
    }
    const digits = (m[2] ?? '').split('.')[1]?.length ?? 0;
    const tolerance = multiplyExact({ num: 5n, den: 10n ** BigInt(digits + 1) }, scale);
    const correct = compareExact(absExact(subtractExact(computed, printed)), tolerance) <= 0;
    out.push({ text: m[0], span: [m.index, m.index + m[0].length], expression, computed, printed, resultUnit, isMoney, correct, tolerance });
  }
  return out;
}

/** "7.548108" style text of a formula's computed value in its printed unit. */
export function formatFormulaValue(f: TextFormula, which: 'computed' | 'printed'): string {
  const v = which === 'computed' ? f.computed : f.printed;
  const unit = f.resultUnit === '万' ? '万元' : f.resultUnit;
  const inUnit = unit === '万元' ? multiplyExact(v, { num: 1n, den: 10000n }) : v;
  return `${formatExact(inUnit, 6)}${unit}`;
}

export { exactToNumber };
