import { classifyUnit } from '../review/classify-unit';
import type { Fen } from '../model/money';
import type { CorpusIndicator } from './corpus-project';

/** A per-unit cost in 元: stated by a cost indicator (`≤197.36元/人/年`) or derived as funds ÷ a quantity target. */
export interface UnitCost {
  /** `元/人`, `元/人次`, `元/人/年`, `元/次` … */
  readonly unit: string;
  readonly value: number;
  readonly source: 'stated' | 'derived';
  /** Index of the indicator it comes from. */
  readonly indicator: number;
}

const PER_SCALE: Readonly<Record<string, [string, number]>> = { 万人: ['人', 10_000], 万人次: ['人次', 10_000], 万户: ['户', 10_000], 万次: ['次', 10_000] };
const DERIVABLE = new Set(['person', 'count']);

/** Unit costs a project states or implies (元 per 人/人次/户/次 …), in indicator order. */
export function deriveUnitCosts(indicators: readonly Pick<CorpusIndicator, 'name' | 'level2' | 'target'>[], fundsTotal: Fen | null): UnitCost[] {
  const out: UnitCost[] = [];
  indicators.forEach((ind, i) => {
    const t = ind.target;
    if (!t || t.op === 'qualitative' || t.period || !(t.value > 0) || !t.unit) return;
    const kind = classifyUnit(t.unit);
    if (kind === 'unit-cost') {
      const slash = t.unit.indexOf('/');
      const head = t.unit.slice(0, slash);
      const factor = head === '元' ? 1 : 10_000;
      out.push({ unit: `元${t.unit.slice(slash)}`, value: round2(t.value * factor), source: 'stated', indicator: i });
      return;
    }
    if (fundsTotal === null || fundsTotal <= 0 || !DERIVABLE.has(kind) || t.unit.includes('/')) return;
    if (ind.level2 !== 'quantity' || (t.op !== '>=' && t.op !== '=' && t.op !== '>')) return;
    const [unit, scale] = PER_SCALE[t.unit] ?? [t.unit, 1];
    out.push({ unit: `元/${unit}`, value: round2(fundsTotal / 100 / (t.value * scale)), source: 'derived', indicator: i });
  });
  return out;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
