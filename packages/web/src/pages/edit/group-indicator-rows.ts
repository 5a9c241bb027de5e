import { CLASSIC_PROFILE, detectTaxonomyProfile } from '@jixiao/core';
import type { CategoryMark, Indicator, Level1, Level2 } from '@jixiao/core';

export interface CategoryRows {
  readonly level1: Level1 | null;
  readonly level2: Level2 | null;
  /** Label from the taxonomy profile (or the document's own heading for uncategorised rows). */
  readonly label: string;
  readonly level1Label: string;
  readonly required: boolean | null;
  /** Indexes into project.indicators, in array order. */
  readonly indexes: number[];
}

export interface Level1Group {
  readonly level1: Level1 | null;
  readonly label: string;
  readonly categories: CategoryRows[];
}

/**
 * Groups indicators 一级 → 二级 as the taxonomy profile orders them (classic or 财预〔2021〕101号),
 * with each category's 必填/选填 from the form's marks or the profile. Rows whose category is not in
 * the profile go to a last “未分类” group.
 */
export function groupIndicatorRows(indicators: readonly Indicator[], marks: readonly CategoryMark[]): Level1Group[] {
  const profile = indicators.length ? detectTaxonomyProfile(indicators) : CLASSIC_PROFILE;
  const markOf = new Map(marks.map((m) => [m.level2, m.required]));
  const placed = new Set<number>();
  const groups: Level1Group[] = profile.levels.map((level) => ({
    level1: level.level1,
    label: level.label,
    categories: level.categories.map((cat) => {
      const indexes: number[] = [];
      indicators.forEach((ind, i) => {
        if (ind.level2 === cat.level2) {
          indexes.push(i);
          placed.add(i);
        }
      });
      return { level1: level.level1, level2: cat.level2, label: cat.label, level1Label: level.label, required: markOf.get(cat.level2) ?? cat.required, indexes };
    }),
  }));
  const rest = indicators.map((_, i) => i).filter((i) => !placed.has(i));
  if (rest.length) {
    groups.push({
      level1: null,
      label: '未分类',
      categories: [{ level1: null, level2: null, label: '未分类', level1Label: '未分类', required: null, indexes: rest }],
    });
  }
  return groups;
}

/** The array position a new row of a category goes to: after its last row, else after the rows of earlier categories. */
export function insertPosition(groups: readonly Level1Group[], category: CategoryRows): number {
  if (category.indexes.length) return Math.max(...category.indexes) + 1;
  let before = -1;
  for (const g of groups)
    for (const c of g.categories) {
      if (c === category) return before + 1;
      if (c.indexes.length) before = Math.max(before, ...c.indexes);
    }
  return before + 1;
}
