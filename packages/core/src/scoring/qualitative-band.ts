/** R-SE-03 定性 bands: 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w). */
export type QualitativeBand = 'achieved' | 'partial' | 'missed';

export interface BandDefinition {
  readonly label: string;
  /** Lower bound as a share of w (inclusive). */
  readonly from: number;
  /** Upper bound as a share of w (inclusive only for 达成). */
  readonly to: number;
  /** Share of w the scorer proposes. */
  readonly proposed: number;
}

export const QUALITATIVE_BANDS: Readonly<Record<QualitativeBand, BandDefinition>> = {
  achieved: { label: '达成年度指标', from: 0.8, to: 1, proposed: 1 },
  partial: { label: '部分达成年度指标并具有一定效果', from: 0.6, to: 0.8, proposed: 0.7 },
  missed: { label: '未达成年度指标且效果较差', from: 0, to: 0.6, proposed: 0.3 },
};

const MISSED = /未(达成|达到|完成|实现|落实|提高|改善)|没有|不达标|较差|^否$|^无$/;
const PARTIAL = /部分|基本(达成|达到|完成|实现|落实)|大部分|有待/;

/**
 * Reads the band from an actual text (实际完成值) of a qualitative indicator. 未… → missed, 部分/基本… → partial; any other
 * non-empty text (the target restated, 达成, 已完成, 有效提高) counts as achieved. Empty → null.
 */
export function classifyQualitativeActual(text: string | null | undefined): QualitativeBand | null {
  const s = (text ?? '').replace(/\s+/g, '');
  if (!s || /^[—\-/]+$/.test(s)) return null;
  if (MISSED.test(s)) return 'missed';
  if (PARTIAL.test(s)) return 'partial';
  return 'achieved';
}

/** The band a score of `weight` points falls into. */
export function findScoreBand(score: number, weight: number): QualitativeBand {
  if (weight <= 0) return 'achieved';
  const share = score / weight;
  return share >= 0.8 - 1e-9 ? 'achieved' : share >= 0.6 - 1e-9 ? 'partial' : 'missed';
}

/** True when a manual score lies inside its band: [0.8w, w], [0.6w, 0.8w) or [0, 0.6w). */
export function validateQualitativeScore(band: QualitativeBand, score: number, weight: number): boolean {
  if (score < 0 || score > weight + 1e-9) return false;
  return findScoreBand(score, weight) === band;
}

/** The scorer's proposal for a band: w, 0.7w or 0.3w. */
export function proposeQualitativeScore(band: QualitativeBand, weight: number): number {
  return QUALITATIVE_BANDS[band].proposed * weight;
}
