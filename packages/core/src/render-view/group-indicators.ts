import type { Indicator } from '../model/indicator';
import type { CategoryMark } from '../model/project';
import type { Level1, Level2, TaxonomyProfile } from '../model/taxonomy';
import { level1Of } from '../model/taxonomy-profiles';

export interface IndicatorCategoryGroup {
  readonly level1: Level1 | null;
  readonly level2: Level2 | null;
  readonly level1Label: string;
  readonly level2Label: string;
  /** `必填` / `选填` as the form marks it (project marks first, then the profile). */
  readonly required: boolean | null;
  readonly key: string;
  readonly items: ReadonlyArray<{ readonly index: number; readonly indicator: Indicator }>;
}

export interface IndicatorLevel1Group {
  readonly level1: Level1 | null;
  readonly label: string;
  readonly categories: readonly IndicatorCategoryGroup[];
}

export function toCategoryKey(level1Label: string, level2Label: string): string {
  return `${level1Label}|${level2Label}`;
}

/** Removes a `（必填）`/`(选填)` mark and spaces from a level-2 heading as printed. */
export function stripCategoryMark(text: string): string {
  return text.replace(/[(（]\s*(必填|选填)\s*[)）]/g, '').replace(/\s+/g, '');
}

/** Where an indicator sits on a form printed in `profile` (its level-1/level-2 labels). */
export function categoryOf(indicator: Indicator, profile: TaxonomyProfile): { level1: Level1 | null; level2: Level2 | null; level1Label: string; level2Label: string } {
  if (indicator.level2) {
    const l1 = level1Of(profile, indicator.level2);
    const def = profile.levels.find((l) => l.level1 === l1);
    const cat = def?.categories.find((c) => c.level2 === indicator.level2);
    if (def && cat) return { level1: def.level1, level2: cat.level2, level1Label: def.label, level2Label: cat.label };
  }
  const def1 = profile.levels.find((l) => l.level1 === indicator.level1);
  return {
    level1: indicator.level1,
    level2: indicator.level2,
    level1Label: def1?.label ?? stripCategoryMark(indicator.level1Text ?? ''),
    level2Label: stripCategoryMark(indicator.level2Text ?? ''),
  };
}

/**
 * Groups a project's indicators by the profile's level-1 and level-2 categories, in profile order.
 * With `includeEmpty` every category of the profile appears, as on the declaration form; indicators
 * whose category the profile lacks follow in their own groups.
 */
export function groupIndicators(
  indicators: readonly Indicator[],
  profile: TaxonomyProfile,
  opts: { includeEmpty: boolean; marks?: readonly CategoryMark[] },
): IndicatorLevel1Group[] {
  const byKey = new Map<string, { level1: Level1 | null; level2: Level2 | null; level1Label: string; level2Label: string; items: { index: number; indicator: Indicator }[] }>();
  indicators.forEach((indicator, index) => {
    const c = categoryOf(indicator, profile);
    const key = toCategoryKey(c.level1Label, c.level2Label);
    const entry = byKey.get(key) ?? { ...c, items: [] };
    entry.items.push({ index, indicator });
    byKey.set(key, entry);
  });
  const markOf = (level2: Level2 | null, fallback: boolean | null): boolean | null =>
    opts.marks?.find((m) => m.level2 === level2)?.required ?? fallback;
  const result: IndicatorLevel1Group[] = [];
  const used = new Set<string>();
  for (const l1 of profile.levels) {
    const categories: IndicatorCategoryGroup[] = [];
    for (const c of l1.categories) {
      const key = toCategoryKey(l1.label, c.label);
      const entry = byKey.get(key);
      used.add(key);
      if (!entry && !opts.includeEmpty) continue;
      categories.push({ level1: l1.level1, level2: c.level2, level1Label: l1.label, level2Label: c.label, required: markOf(c.level2, c.required), key, items: entry?.items ?? [] });
    }
    if (categories.length) result.push({ level1: l1.level1, label: l1.label, categories });
  }
  for (const [key, entry] of byKey) {
    if (used.has(key)) continue;
    const group = result.find((g) => g.label === entry.level1Label);
    const category: IndicatorCategoryGroup = { ...entry, required: markOf(entry.level2, null), key };
    if (group) (group.categories as IndicatorCategoryGroup[]).push(category);
    else result.push({ level1: entry.level1, label: entry.level1Label, categories: [category] });
  }
  return result;
}
