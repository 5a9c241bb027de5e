import type { Fen } from '../model/money';
import type { Project, ProjectKind } from '../model/project';
import type { TargetValue } from '../model/target-value';
import type { Level1, Level2 } from '../model/taxonomy';

/** One indicator of a stored project, as the library reads it. */
export interface CorpusIndicator {
  readonly level1: Level1 | null;
  readonly level2: Level2 | null;
  readonly name: string;
  readonly targetText: string | null;
  readonly target: TargetValue | null;
  /** Self-evaluation actual value, when the project has one. */
  readonly actual: TargetValue | null;
}

/** A stored project reduced to what the library, the suggestions and the benchmark need. */
export interface CorpusProject {
  readonly id: string;
  readonly unitId: string;
  readonly unitName: string | null;
  readonly name: string;
  readonly goals: readonly string[];
  readonly kind: ProjectKind | null;
  readonly fiscalYear: number | null;
  readonly fundsTotal: Fen | null;
  /** True for approved (批复) targets, which weigh more in the library. */
  readonly approved: boolean;
  readonly indicators: readonly CorpusIndicator[];
}

export interface CorpusProjectInput {
  readonly id: string;
  readonly unitId: string;
  readonly unitName?: string | null;
  readonly status?: string | null;
  readonly project: Project;
}

/** Maps a stored project (id, unit, status, domain document) to a corpus entry. */
export function createCorpusProject(input: CorpusProjectInput): CorpusProject {
  const p = input.project;
  return {
    id: input.id,
    unitId: input.unitId,
    unitName: input.unitName ?? p.unit ?? null,
    name: p.name,
    goals: p.goals ?? [],
    kind: p.kind ?? null,
    fiscalYear: p.fiscalYear ?? null,
    fundsTotal: p.funds?.total ?? null,
    approved: input.status === 'approved',
    indicators: (p.indicators ?? []).map((i) => ({
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      targetText: i.targetText,
      target: i.target,
      actual: i.actual ?? null,
    })),
  };
}
