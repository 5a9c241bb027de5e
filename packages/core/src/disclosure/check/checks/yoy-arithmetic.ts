import type { NarrativeFigure } from '../../model/disclosure';
import { createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from '../disclosure-check';
import { resolveNarrativeFigure } from '../resolve-narrative-figure';

const RULE = 'yoy-arithmetic';
/** Half of the last printed 万元 digit, in fen (0.005 万元). */
const HALF_WAN_CENT = 5_000;

const WORDS: Readonly<Record<'increase' | 'decrease', RegExp>> = { increase: /^(增加|增长)$/, decrease: /^(减少|下降)$/ };

/**
 * The range of rates the printed numbers allow: the current amount is exact when its table is
 * known, the change is only known to ±0.005 万元.
 */
export function computeRateRange(current: readonly [number, number], change: readonly [number, number], direction: 'increase' | 'decrease'): [number, number] {
  const rates: number[] = [];
  for (const c of current)
    for (const ch of change) {
      const prior = direction === 'increase' ? c - ch : c + ch;
      if (prior > 0) rates.push((ch / prior) * 100);
    }
  return rates.length === 0 ? [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY] : [Math.min(...rates), Math.max(...rates)];
}

function checkFigure(figure: NarrativeFigure, exact: number | null): DisclosureFinding[] {
  const out: DisclosureFinding[] = [];
  const dir = figure.direction;
  if (dir !== 'increase' && dir !== 'decrease') return out;
  const wrong = figure.directionWords.filter((w) => !WORDS[dir].test(w));
  if (wrong.length > 0)
    out.push(createDisclosureFinding({ rule: RULE, message: `说明第 ${figure.line} 行“${figure.label}”增减用词不一致：${figure.directionWords.join('、')}`, tables: ['说明'], evidence: { label: figure.label, words: [...figure.directionWords], line: figure.line } }));
  if (figure.change === null || figure.rate === null) return out;
  const current: [number, number] = exact !== null ? [exact, exact] : [figure.amount - HALF_WAN_CENT, figure.amount + HALF_WAN_CENT];
  const change: [number, number] = [Math.max(0, figure.change - HALF_WAN_CENT), figure.change + HALF_WAN_CENT];
  const [lo, hi] = computeRateRange(current, change, dir);
  const printed = figure.rate / 100;
  if (printed + 0.005 < lo || printed - 0.005 > hi) {
    const prior = dir === 'increase' ? figure.amount - figure.change : figure.amount + figure.change;
    const computed = prior > 0 ? ((figure.change / prior) * 100).toFixed(2) : '不可计算';
    out.push(createDisclosureFinding({ rule: RULE, message: `说明第 ${figure.line} 行“${figure.label}”：${figure.amountText} 万元较上年${dir === 'increase' ? '增加' : '减少'} ${figure.changeText} 万元，增减率应为 ${computed}%，文中为 ${figure.rateText}%`, tables: ['说明'], evidence: { label: figure.label, amount: figure.amountText, change: figure.changeText, rate: figure.rateText, computedRate: computed, line: figure.line } }));
  }
  if (dir === 'decrease' && figure.amount === 0 && figure.rate !== 10000)
    out.push(createDisclosureFinding({ rule: RULE, message: `说明第 ${figure.line} 行“${figure.label}”本年为 0，下降率应为 100.00%，文中为 ${figure.rateText}%`, tables: ['说明'], evidence: { label: figure.label, rate: figure.rateText } }));
  return out;
}

/** disclosure-checks.md 14: change = this year − prior year; rate = change / prior; wording matches the sign. */
export const yoyArithmetic: DisclosureCheck = {
  id: RULE,
  clause: 14,
  title: '较上年增减额、增减率与用词正确',
  run: (ctx) => {
    const figures = ctx.disclosure.narrative.figures;
    return figures.flatMap((figure, i) => {
      const resolved = resolveNarrativeFigure(ctx, figure, figures.slice(0, i));
      const exact = resolved && resolved !== 'skip' ? resolved.value : figure.section === 'operatingCosts' ? (ctx.disclosure.basicEconomic?.rows.find((r) => r.code === null)?.publicUse ?? null) : null;
      return checkFigure(figure, exact);
    });
  },
};
