import type { Level2 } from '../model/taxonomy';
import { labelOfLevel2 } from '../model/taxonomy-profiles';


/** Chinese label of a level-2 category ("数量指标"). */
export function labelLevel2(level2: Level2 | null): string {
  return level2 ? labelOfLevel2(level2) : '未分类';
}

/** Money in fen as 万元 text without trailing zeros ("7.55万元"). */
export function formatWanText(fen: number): string {
  const wan = (fen / 1_000_000).toFixed(6).replace(/\.?0+$/, '');
  return `${wan}万元`;
}
