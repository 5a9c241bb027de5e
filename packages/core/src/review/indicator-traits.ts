import type { Indicator } from '../model/indicator';
import type { Level2 } from '../model/taxonomy';
import { classifyUnit, fenPerUnit, type UnitKind } from './classify-unit';

/** Facts about one indicator computed once per review (names normalised, unit classified). */
export interface IndicatorTraits {
  readonly index: number;
  readonly indicator: Indicator;
  /** Name with spaces and trailing colons removed, NFKC-normalised. */
  readonly name: string;
  readonly valueText: string;
  readonly unitKind: UnitKind;
  readonly quantitative: boolean;
  /** Level-2 with 经济成本 folded into 成本. */
  readonly level2: Level2 | null;
  /** Absolute money amount of the target in fen (not per-unit costs), or null. */
  readonly moneyFen: number | null;
  readonly isRateName: boolean;
  readonly isSatisfactionName: boolean;
  readonly isHeadcountName: boolean;
  /** Name says it is a per-unit cost/standard ("/人", "人均", "单价", "标准"). */
  readonly isPerUnitName: boolean;
}

const COST_LEVEL2: ReadonlySet<Level2> = new Set<Level2>(['cost', 'economicCost']);

const WIDE_RE = /[\u3000\uFF01-\uFF5E\uF900-\uFAFF\u2F00-\u2FDF]/;
const SPACE_RE = /\s/;

/** Normalises a cell for comparisons: NFKC, no whitespace, no trailing colon. */
export function normalizeCell(text: string | null | undefined): string {
  if (!text) return '';
  let s = WIDE_RE.test(text) ? text.normalize('NFKC') : text;
  if (SPACE_RE.test(s)) s = s.replace(/\s+/g, '');
  const last = s.charCodeAt(s.length - 1);
  return last === 58 || last === 0xff1a ? s.replace(/[:：]+$/, '') : s;
}

function endsWithAny(s: string, ends: readonly string[]): boolean {
  for (const e of ends) if (s.endsWith(e)) return true;
  return false;
}

function includesAny(s: string, parts: readonly string[]): boolean {
  for (const p of parts) if (s.includes(p)) return true;
  return false;
}

/** Computes the traits of an indicator. */
export function describeIndicator(indicator: Indicator, index: number): IndicatorTraits {
  const name = normalizeCell(indicator.name);
  const target = indicator.target;
  const quantitative = target != null && target.op !== 'qualitative';
  const unit = quantitative ? target.unit : null;
  const unitKind = quantitative ? classifyUnit(unit) : 'none';
  const isPerUnitName = includesAny(name, ['/人', '/户', '/次', '人均', '户均', '单价', '标准', '每人', '每次', '每个']);
  let moneyFen: number | null = null;
  if (quantitative && unitKind === 'money' && !isPerUnitName && (target.op === '=' || target.op === '<=' || target.op === '<')) {
    const per = fenPerUnit(unit);
    if (per != null) moneyFen = Math.round(target.value * per);
  }
  const level2 = indicator.level2 && COST_LEVEL2.has(indicator.level2) ? 'cost' : indicator.level2;
  return {
    index,
    indicator,
    name,
    valueText: normalizeCell(indicator.targetText),
    unitKind,
    quantitative,
    level2,
    moneyFen,
    isRateName: endsWithAny(name, ['率', '率%', '比率', '比例', '覆盖面']),
    isSatisfactionName: name.includes('满意'),
    isHeadcountName: endsWithAny(name, ['人数', '人员数量', '人员数', '人次']) || name.includes('人数'),
    isPerUnitName,
  };
}
