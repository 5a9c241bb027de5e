import { requestApi, withQuery } from './http-client';

export type SelfEvaluationGrade = 'excellent' | 'good' | 'fair' | 'poor';

export interface SelfEvaluationFinding {
  readonly category: 'score-mismatch' | 'deviation-reason-missing' | 'inflated-score';
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly indicator: number | null;
  readonly field: string;
}

export interface SelfEvaluationIndicator {
  readonly position: number;
  readonly level1Text: string | null;
  readonly level2Text: string | null;
  readonly name: string;
  readonly targetText: string | null;
  readonly actualText: string | null;
  readonly weight: number;
  /** The score that counts (a reviewer's override when there is one). */
  readonly score: number;
  readonly computedScore: number;
  readonly formula: string;
  readonly kind: string;
  readonly band: string | null;
  readonly achieved: boolean;
  readonly overAchievement: boolean;
  readonly reasonRequired: boolean;
  readonly deviationReason: string | null;
  readonly improvementMeasure: string | null;
  readonly printedScore: number | null;
  readonly mismatch: boolean;
  readonly problem: string | null;
  readonly override: { readonly score: number; readonly previousScore: number; readonly reason: string; readonly reviewerName: string; readonly at: string } | null;
}

/** GET/PUT /api/projects/:id/self-evaluation (money in fen). */
export interface SelfEvaluationView {
  readonly projectId: string;
  readonly projectName: string;
  readonly projectCode: string | null;
  readonly fiscalYear: number | null;
  readonly unitName: string | null;
  readonly version: number;
  readonly status: 'draft' | 'submitted';
  readonly source: 'entry' | 'import';
  readonly sourceFile: string | null;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
  readonly goals: readonly string[];
  readonly achievedGoals: string | null;
  readonly execution: {
    readonly budget: number | null;
    readonly executed: number | null;
    readonly rate: number | null;
    readonly weight: number;
    readonly score: number;
    readonly printedScore: number | null;
    readonly formula: string;
  };
  readonly weightSource: 'form' | 'default';
  readonly indicators: readonly SelfEvaluationIndicator[];
  readonly total: number;
  readonly printedTotal: number | null;
  readonly grade: SelfEvaluationGrade;
  readonly gradeLabel: string;
  readonly findings: readonly SelfEvaluationFinding[];
}

export interface SelfEvaluationEntryInput {
  readonly position: number;
  readonly actualText: string | null;
  readonly deviationReason: string | null;
  readonly improvementMeasure: string | null;
}

export interface SaveSelfEvaluationBody {
  readonly version: number;
  readonly status: 'draft' | 'submitted';
  readonly budget: number | null;
  readonly executed: number | null;
  readonly achievedGoals: string | null;
  readonly entries: readonly SelfEvaluationEntryInput[];
}

export interface SelfEvaluationSummary {
  readonly projectCount: number;
  readonly evaluatedCount: number;
  readonly averageScore: number | null;
  readonly byGrade: Readonly<Record<SelfEvaluationGrade, number>>;
  readonly byScore: Readonly<Record<string, number>>;
  readonly rows: readonly { projectId: string; name: string; total: number; grade: string; findingCount: number }[];
}

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}/self-evaluation`;

export function getSelfEvaluation(id: string): Promise<SelfEvaluationView> {
  return requestApi('GET', base(id));
}

/** Saves the actuals; a stale `version` is a 409 (ApiError code `version-conflict`). */
export function saveSelfEvaluation(id: string, body: SaveSelfEvaluationBody): Promise<SelfEvaluationView> {
  return requestApi('PUT', base(id), body);
}

/** Imports a 自评表 file (.txt/.docx/.xlsx/.pdf) into this project. */
export function importSelfEvaluationFile(id: string, file: File): Promise<{ view: SelfEvaluationView; matched: number; unmatched: string[] }> {
  const form = new FormData();
  form.append('file', file);
  return requestApi('POST', `${base(id)}/import`, form);
}

/** A reviewer's override of one indicator's score (reason required; audited). */
export function overrideSelfEvaluationScore(id: string, position: number, score: number, reason: string): Promise<SelfEvaluationView> {
  return requestApi('POST', `${base(id)}/overrides`, { position, score, reason });
}

/** The download URL of the 项目支出绩效自评表. */
export function selfEvaluationExportUrl(id: string, format: 'xlsx' | 'pdf'): string {
  return withQuery(`${base(id)}/export`, { format });
}

export function getSelfEvaluationSummary(query: { fiscalYear?: number; unitId?: string } = {}): Promise<SelfEvaluationSummary> {
  return requestApi('GET', withQuery('/api/self-evaluations/summary', query));
}
