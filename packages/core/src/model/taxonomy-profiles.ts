import type { Level1, Level2, TaxonomyProfile } from './taxonomy';

/** Classic profile (财预〔2015〕88号, 财预〔2020〕10号): 产出/效益/满意度, 成本 under 产出. rules.md §1.1 */
export const CLASSIC_PROFILE: TaxonomyProfile = {
  id: 'classic',
  version: '2021',
  label: '产出/效益/满意度（成本在产出下）',
  levels: [
    {
      level1: 'output',
      label: '产出指标',
      categories: [
        { level2: 'quantity', label: '数量指标', required: true },
        { level2: 'quality', label: '质量指标', required: true },
        { level2: 'timeliness', label: '时效指标', required: true },
        { level2: 'cost', label: '成本指标', required: true },
      ],
    },
    {
      level1: 'outcome',
      label: '效益指标',
      categories: [
        { level2: 'economicBenefit', label: '经济效益指标', required: false },
        { level2: 'socialBenefit', label: '社会效益指标', required: false },
        { level2: 'ecologicalBenefit', label: '生态效益指标', required: false },
        { level2: 'sustainability', label: '可持续影响指标', required: false },
      ],
    },
    {
      level1: 'satisfaction',
      label: '满意度指标',
      categories: [{ level2: 'serviceSatisfaction', label: '服务对象满意度指标', required: true }],
    },
  ],
  requireAnyOf: ['outcome'],
};

/** S101 profile (财预〔2021〕101号): 成本指标 as level 1 with 经济/社会/生态环境成本. rules.md §1.2 */
export const S101_PROFILE: TaxonomyProfile = {
  id: 's101',
  version: '2021',
  label: '成本/产出/效益/满意度（财预〔2021〕101号）',
  levels: [
    {
      level1: 'cost',
      label: '成本指标',
      categories: [
        { level2: 'economicCost', label: '经济成本指标', required: true },
        { level2: 'socialCost', label: '社会成本指标', required: false },
        { level2: 'environmentalCost', label: '生态环境成本指标', required: false },
      ],
    },
    {
      level1: 'output',
      label: '产出指标',
      categories: [
        { level2: 'quantity', label: '数量指标', required: true },
        { level2: 'quality', label: '质量指标', required: true },
        { level2: 'timeliness', label: '时效指标', required: true },
      ],
    },
    {
      level1: 'outcome',
      label: '效益指标',
      categories: [
        { level2: 'economicBenefit', label: '经济效益指标', required: false },
        { level2: 'socialBenefit', label: '社会效益指标', required: false },
        { level2: 'ecologicalBenefit', label: '生态效益指标', required: false },
        { level2: 'sustainability', label: '可持续影响指标', required: false },
      ],
    },
    {
      level1: 'satisfaction',
      label: '满意度指标',
      categories: [{ level2: 'serviceSatisfaction', label: '服务对象满意度指标', required: true }],
    },
  ],
  requireAnyOf: ['outcome'],
};

export const TAXONOMY_PROFILES: readonly TaxonomyProfile[] = [CLASSIC_PROFILE, S101_PROFILE];

export function findTaxonomyProfile(id: string): TaxonomyProfile | undefined {
  return TAXONOMY_PROFILES.find((p) => p.id === id);
}

/** The level-1 a level-2 belongs to in a profile (e.g. cost → output in classic). */
export function level1Of(profile: TaxonomyProfile, level2: Level2): Level1 | undefined {
  return profile.levels.find((l) => l.categories.some((c) => c.level2 === level2))?.level1;
}

/** Chooses the profile a set of indicators was written in: any level-1 `cost` or level-2 *Cost → s101. */
export function detectTaxonomyProfile(indicators: readonly { level1: Level1 | null; level2: Level2 | null }[]): TaxonomyProfile {
  const s101 = indicators.some(
    (i) => i.level1 === 'cost' || i.level2 === 'economicCost' || i.level2 === 'socialCost' || i.level2 === 'environmentalCost',
  );
  return s101 ? S101_PROFILE : CLASSIC_PROFILE;
}

/** The form label of a level-2 category (`数量指标`), from the profiles' data. */
export function labelOfLevel2(level2: Level2): string {
  for (const profile of TAXONOMY_PROFILES) {
    const hit = profile.levels.flatMap((l) => l.categories).find((c) => c.level2 === level2);
    if (hit) return hit.label;
  }
  return level2;
}

/** The form label of a level-1 category (`产出指标`), from the profiles' data. */
export function labelOfLevel1(level1: Level1): string {
  for (const profile of TAXONOMY_PROFILES) {
    const hit = profile.levels.find((l) => l.level1 === level1);
    if (hit) return hit.label;
  }
  return level1;
}
