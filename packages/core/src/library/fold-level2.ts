import type { Level1, Level2 } from '../model/taxonomy';

/** Maps the S101 categories onto the classic ones (成本/经济成本 ↔ 产出/成本, rules.md §1.2). */
export function foldLevel2(level1: Level1 | null, level2: Level2 | null): { level1: Level1 | null; level2: Level2 | null } {
  if (level2 === 'economicCost' || level2 === 'cost') return { level1: 'output', level2: 'cost' };
  return { level1, level2 };
}
