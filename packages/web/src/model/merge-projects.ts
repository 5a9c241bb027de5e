import type { Project } from '@jixiao/core';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Builds a project from `theirs`, taking from `mine` every merge unit listed in `takeMine`
 * (`name`, `funds.total`, `goals`, `spendingPlan`, `indicators[3]`, or `indicators` for the whole list).
 */
export function mergeProjects(mine: Project, theirs: Project, takeMine: ReadonlySet<string>): Project {
  const out = { ...theirs, funds: { ...theirs.funds } } as Mutable<Project>;
  const funds = out.funds as Mutable<Project['funds']>;
  const indicators = [...theirs.indicators];
  let indicatorsTouched = false;
  for (const unit of takeMine) {
    if (unit.startsWith('funds.')) {
      const key = unit.slice(6) as 'total' | 'fiscal' | 'other';
      funds[key] = mine.funds[key];
    } else if (unit === 'indicators') {
      indicators.splice(0, indicators.length, ...mine.indicators);
      indicatorsTouched = true;
    } else if (unit.startsWith('indicators[')) {
      const i = Number(/\d+/.exec(unit)?.[0]);
      const ind = mine.indicators[i];
      if (ind) indicators[i] = ind;
      else indicators[i] = undefined as never; // removed on my side
      indicatorsTouched = true;
    } else if (unit in mine) {
      (out as Record<string, unknown>)[unit] = (mine as unknown as Record<string, unknown>)[unit];
    }
  }
  if (indicatorsTouched) out.indicators = indicators.filter((i) => i !== undefined);
  return out;
}
