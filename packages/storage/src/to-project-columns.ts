import { reviewProject, type Project } from '@jixiao/core';
import { canonicalizeJson } from './canonicalize-json';
import type { ProjectsTable } from './schema';

export type ProjectColumns = Pick<
  ProjectsTable,
  'code' | 'name' | 'kind' | 'funds_total' | 'funds_fiscal' | 'funds_other' | 'indicator_count' | 'document' | 'grade' | 'score' | 'finding_count'
>;

/** The costly derived columns: the pre-review and the canonical JSON. */
export type DerivedProjectColumns = Pick<ProjectsTable, 'grade' | 'score' | 'finding_count' | 'document'>;

/**
 * The columns of a `projects` row that are derived from the domain object, the pre-review grade
 * among them (the review engine is pure and fast, so every write keeps lists and filters true).
 */
export function toProjectColumns(project: Project): ProjectColumns {
  return {
    ...deriveProjectColumns(project),
    code: project.code,
    name: project.name,
    kind: project.kind,
    funds_total: checkFen(project.funds.total),
    funds_fiscal: checkFen(project.funds.fiscal),
    funds_other: checkFen(project.funds.other),
    indicator_count: project.indicators.length,
  };
}

/** Grade, score and finding count of the pre-review, and the document as canonical JSON. */
export function deriveProjectColumns(project: Project): DerivedProjectColumns {
  return { ...summarizeReview(project), document: canonicalizeJson(project) };
}

function checkFen(fen: number | null): number | null {
  if (fen !== null && !Number.isSafeInteger(fen)) throw new RangeError(`money must be integer fen, got ${fen}`);
  return fen;
}

function summarizeReview(project: Project): Pick<ProjectsTable, 'grade' | 'score' | 'finding_count'> {
  try {
    const r = reviewProject(project);
    return { grade: r.grade, score: r.score, finding_count: r.findings.length };
  } catch {
    return { grade: null, score: null, finding_count: null };
  }
}
