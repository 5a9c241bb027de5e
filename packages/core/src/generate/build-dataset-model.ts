import { LEVEL1_HEADINGS, LEVEL2_HEADINGS } from '../lexicon/categories';
import type { Indicator } from '../model/indicator';
import type { Funds, Project, ProjectKind, SpendingCheckpoint, CategoryMark } from '../model/project';
import type { Level1, Level2 } from '../model/taxonomy';

const HEADINGS = [...LEVEL1_HEADINGS, ...LEVEL2_HEADINGS].map(([text]) => text);

/** One level-2 block of a real project: its category and how many indicators it held. */
export interface CategoryShape {
  readonly level1: Level1 | null;
  readonly level2: Level2;
  readonly level1Text: string | null;
  readonly level2Text: string | null;
  readonly count: number;
}

/** The distributions a synthetic dataset is drawn from, every one taken from real parsed projects. */
export interface DatasetModel {
  readonly names: readonly string[];
  readonly kinds: readonly (ProjectKind | null)[];
  /** Per real project: its level-2 blocks in order (the indicator count per category). */
  readonly shapes: readonly (readonly CategoryShape[])[];
  readonly categoryMarks: readonly (readonly CategoryMark[])[];
  /** Real indicators per level-2 category (source locations and raw texts removed). */
  readonly indicators: ReadonlyMap<Level2, readonly Indicator[]>;
  /** Real funds with a known total (fen). */
  readonly funds: readonly Funds[];
  readonly spendingPlans: readonly (readonly SpendingCheckpoint[])[];
  readonly goals: readonly (readonly string[])[];
  readonly purposes: readonly string[];
  /** 主管部门 names seen in the samples. */
  readonly departments: readonly string[];
  /** 预算单位 names seen in the samples. */
  readonly units: readonly string[];
}

/** Collects the generator's distributions from real projects (the five samples, parsed). */
export function buildDatasetModel(projects: readonly Project[]): DatasetModel {
  const withIndicators = projects.filter((p) => p.indicators.some((i) => i.level2 !== null));
  if (withIndicators.length === 0) throw new RangeError('buildDatasetModel: no project with categorised indicators');
  const indicators = new Map<Level2, Indicator[]>();
  const shapes: CategoryShape[][] = [];
  for (const p of withIndicators) {
    const shape: CategoryShape[] = [];
    for (const ind of p.indicators) {
      if (ind.level2 === null || !ind.name.trim() || isHeadingFragment(ind.name)) continue;
      const list = indicators.get(ind.level2) ?? [];
      list.push(stripIndicator(ind));
      indicators.set(ind.level2, list);
      const last = shape[shape.length - 1];
      if (last && last.level2 === ind.level2) shape[shape.length - 1] = { ...last, count: last.count + 1 };
      else shape.push({ level1: ind.level1, level2: ind.level2, level1Text: ind.level1Text, level2Text: ind.level2Text, count: 1 });
    }
    shapes.push(shape);
  }
  const distinct = (xs: readonly (string | null)[]): string[] => [...new Set(xs.filter((x): x is string => !!x && x.trim() !== ''))];
  return {
    names: distinct(projects.map((p) => p.name)),
    kinds: projects.map((p) => p.kind),
    shapes,
    categoryMarks: withIndicators.map((p) => p.categoryMarks),
    indicators,
    funds: projects.map((p) => p.funds).filter((f) => f.total !== null && f.total > 0),
    spendingPlans: projects.map((p) => p.spendingPlan).filter((s) => s.length > 0),
    goals: projects.map((p) => p.goals).filter((g) => g.length > 0),
    purposes: distinct(projects.map((p) => p.purpose)),
    departments: distinct(projects.map((p) => p.department)),
    units: distinct(projects.map((p) => p.unit)),
  };
}

/** Without source locations and raw texts; line breaks printed inside a cell are joined (`是否所有代办员都\n发放补助`). */
function stripIndicator(ind: Indicator): Indicator {
  const { source: _source, ...rest } = ind;
  return { ...rest, name: joinLines(ind.name), targetText: ind.targetText === null ? null : joinLines(ind.targetText), raw: {} };
}

/** Rows the samples' parse kept as indicators although they are category headings (`社会效益`, `可持续影响`). */
function isHeadingFragment(name: string): boolean {
  const key = name.replace(/[\s:：()（）]/g, '');
  return HEADINGS.some((h) => h.startsWith(key) || key.startsWith(h));
}

function joinLines(text: string): string {
  return text.replace(/\s*[\r\n\t]+\s*/g, '');
}
