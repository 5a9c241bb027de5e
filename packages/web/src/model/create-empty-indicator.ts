import { createIndicator, type Indicator, type Level1, type Level2 } from '@jixiao/core';

/** A blank 三级指标 row in a category. */
export function createEmptyIndicator(level1: Level1 | null, level2: Level2 | null): Indicator {
  return createIndicator({ level1, level2, name: '' });
}
