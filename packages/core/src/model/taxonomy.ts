/** Indicator taxonomy: level-1 and level-2 categories, kept as versioned data (see taxonomy-profiles.ts). */
export const LEVEL1_CODES = ['output', 'outcome', 'satisfaction', 'cost'] as const;
export type Level1 = (typeof LEVEL1_CODES)[number];

export const LEVEL2_CODES = [
  'quantity',
  'quality',
  'timeliness',
  'cost',
  'economicCost',
  'socialCost',
  'environmentalCost',
  'economicBenefit',
  'socialBenefit',
  'ecologicalBenefit',
  'sustainability',
  'serviceSatisfaction',
] as const;
export type Level2 = (typeof LEVEL2_CODES)[number];

export interface Level2Definition {
  readonly level2: Level2;
  readonly label: string;
  readonly required: boolean;
}

export interface Level1Definition {
  readonly level1: Level1;
  readonly label: string;
  readonly categories: readonly Level2Definition[];
}

export interface TaxonomyProfile {
  /** Stable id, e.g. "classic" or "s101". */
  readonly id: string;
  /** Version tag of this data, e.g. "2021". */
  readonly version: string;
  readonly label: string;
  readonly levels: readonly Level1Definition[];
  /** At least one indicator under any level-2 of these level-1 categories (e.g. 效益). */
  readonly requireAnyOf: readonly Level1[];
}
