import type { Level1, Level2, TaxonomyProfile } from '../model/taxonomy';
import { foldLevel2 } from './fold-level2';

/** A mandatory place to fill: one level-2 category, or "any level-2 of this level 1" (效益). */
export interface SuggestionSlot {
  /** `quantity`, `quality`, `timeliness`, `cost`, `outcome`, `serviceSatisfaction` … */
  readonly id: string;
  readonly level1: Level1;
  /** Level-2 categories (folded to the classic profile) that fill it. */
  readonly level2s: readonly Level2[];
  readonly label: string;
}

/** The mandatory slots of a taxonomy profile: every required level 2, plus one per `requireAnyOf` level 1. */
export function listSuggestionSlots(profile: TaxonomyProfile): SuggestionSlot[] {
  const slots: SuggestionSlot[] = [];
  for (const level of profile.levels) {
    for (const c of level.categories) {
      if (!c.required) continue;
      const folded = foldLevel2(level.level1, c.level2);
      slots.push({ id: folded.level2 ?? c.level2, level1: folded.level1 ?? level.level1, level2s: [folded.level2 ?? c.level2], label: c.label });
    }
    if (profile.requireAnyOf.includes(level.level1) && !level.categories.some((c) => c.required)) {
      slots.push({ id: level.level1, level1: level.level1, level2s: level.categories.map((c) => c.level2), label: level.label });
    }
  }
  return slots;
}
