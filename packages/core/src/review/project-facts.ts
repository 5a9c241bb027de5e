import type { Project } from '../model/project';
import { describeIndicator, normalizeCell, type IndicatorTraits } from './indicator-traits';
import { toBigrams, type GramSet } from './text/char-ngrams';
import { extractAmounts, type TextAmount } from './text/extract-amounts';
import { extractCounts, type TextCount } from './text/extract-counts';
import { extractFormulas, type TextFormula } from './text/extract-formulas';
import { extractYears, type TextYear } from './text/extract-years';

/**
 * Everything the rules need about one project, computed at most once per review (rules must not re-parse texts).
 * Indicator traits and text-derived facts are computed on first use and cached, so rules that do not
 * need them cost nothing (the batch rules need only names and goals).
 */
export interface ProjectFacts {
  readonly index: number;
  readonly project: Project;
  /** Normalised project name. */
  readonly name: string;
  /** Goals joined with '\n' (spans in goal findings refer to this text). */
  readonly goalsText: string;
  readonly indicators: readonly IndicatorTraits[];
  /** Each indicator's normalised name (`indicators[i].name`, without computing the other traits). */
  readonly indicatorNames: readonly string[];
  /** Bigrams of name + goals + purpose (built on first use; prefer `contextText.includes`). */
  readonly contextGrams: GramSet;
  /** Name, goals and purpose as one text, for substring checks. */
  readonly contextText: string;
  /** Bigrams of each indicator's name. */
  readonly indicatorGrams: readonly GramSet[];
  /** How many indicators contain each bigram (for "other indicators" relevance). */
  readonly indicatorGramCounts: ReadonlyMap<number, number>;
  readonly goalAmounts: readonly TextAmount[];
  readonly goalCounts: readonly TextCount[];
  readonly goalYears: readonly TextYear[];
  readonly goalFormulas: readonly TextFormula[];
}

/** Characters NFKC would change in these documents (full-width forms, ideographic space, compatibility ideographs). */
const WIDE_RE = /[\u3000\uFF01-\uFF5E\uF900-\uFAFF\u2F00-\u2FDF]/;

class LazyProjectFacts implements ProjectFacts {
  readonly name: string;
  readonly goalsText: string;
  #indicators: IndicatorTraits[] | undefined;
  #indicatorNames: string[] | undefined;
  #contextGrams: GramSet | undefined;
  #indicatorGrams: GramSet[] | undefined;
  #indicatorGramCounts: Map<number, number> | undefined;
  #goalAmounts: TextAmount[] | undefined;
  #goalCounts: TextCount[] | undefined;
  #goalYears: TextYear[] | undefined;
  #goalFormulas: TextFormula[] | undefined;

  constructor(
    readonly project: Project,
    readonly index: number,
  ) {
    this.name = normalizeCell(project.name);
    const joined = project.goals.length === 1 ? (project.goals[0] as string) : project.goals.join('\n');
    this.goalsText = WIDE_RE.test(joined) ? joined.normalize('NFKC') : joined;
  }

  get indicators(): readonly IndicatorTraits[] {
    return (this.#indicators ??= this.project.indicators.map((ind, i) => describeIndicator(ind, i)));
  }

  get indicatorNames(): readonly string[] {
    return (this.#indicatorNames ??= this.project.indicators.map((ind) => normalizeCell(ind.name)));
  }

  #contextText: string | undefined;

  /** Forgets the facts computed so far; they are computed again if asked for. */
  release(): void {
    this.#indicators = undefined;
    this.#indicatorNames = undefined;
    this.#contextText = undefined;
    this.#contextGrams = undefined;
    this.#indicatorGrams = undefined;
    this.#indicatorGramCounts = undefined;
    this.#goalAmounts = undefined;
    this.#goalCounts = undefined;
    this.#goalYears = undefined;
    this.#goalFormulas = undefined;
  }

  get contextText(): string {
    return (this.#contextText ??= `${this.project.name}\n${this.goalsText}\n${this.project.purpose ?? ''}`);
  }

  get contextGrams(): GramSet {
    if (!this.#contextGrams) {
      const g = toBigrams(this.project.name);
      toBigrams(this.goalsText, g);
      if (this.project.purpose) toBigrams(this.project.purpose, g);
      this.#contextGrams = g;
    }
    return this.#contextGrams;
  }

  get indicatorGrams(): readonly GramSet[] {
    if (!this.#indicatorGrams) {
      const counts = new Map<number, number>();
      this.#indicatorGrams = this.indicators.map((t) => {
        const g = toBigrams(t.name);
        for (const x of g) counts.set(x, (counts.get(x) ?? 0) + 1);
        return g;
      });
      this.#indicatorGramCounts = counts;
    }
    return this.#indicatorGrams;
  }

  get indicatorGramCounts(): ReadonlyMap<number, number> {
    if (!this.#indicatorGramCounts) void this.indicatorGrams;
    return this.#indicatorGramCounts as Map<number, number>;
  }

  get goalAmounts(): readonly TextAmount[] {
    return (this.#goalAmounts ??= extractAmounts(this.goalsText));
  }

  get goalCounts(): readonly TextCount[] {
    return (this.#goalCounts ??= extractCounts(this.goalsText));
  }

  get goalYears(): readonly TextYear[] {
    return (this.#goalYears ??= extractYears(this.goalsText));
  }

  get goalFormulas(): readonly TextFormula[] {
    return (this.#goalFormulas ??= extractFormulas(this.goalsText));
  }
}

/** Computes a project's facts once per review (text facts lazily, on first use). */
export function buildProjectFacts(project: Project, index: number): ProjectFacts {
  return new LazyProjectFacts(project, index);
}

/**
 * Drops the facts a project's rules computed (indicator traits, bigrams, amounts…; they are computed
 * again if a later rule asks). A batch keeps every project's facts until its batch rules have run,
 * which need only the names and goals: without this, 200,000 projects' traits and bigram sets would
 * outlive the project rules that used them, and young-generation GCs would copy them to the old one.
 */
export function releaseProjectFacts(facts: ProjectFacts): void {
  if (facts instanceof LazyProjectFacts) facts.release();
}
