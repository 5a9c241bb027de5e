import type { Indicator, Level1, Level2 } from '@jixiao/core';

/** A blank 三级指标 row in a category. */
export function createEmptyIndicator(level1: Level1 | null, level2: Level2 | null): Indicator {
  return {
    level1,
    level2,
    level1Text: null,
    level2Text: null,
    required: null,
    name: '',
    description: null,
    targetText: null,
    target: null,
    basis: null,
    priorActual: null,
    weight: null,
    scoringRule: null,
    scoringRuleText: null,
    evidence: null,
    actualText: null,
    score: null,
    deviationReason: null,
    raw: {},
  };
}
