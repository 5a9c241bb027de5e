import { GRADE_LABELS, type ReviewGrade } from '@jixiao/core';
import { getProjects, getSelfEvaluations } from '@jixiao/storage';
import type { Actor } from './actor';
import { buildSelfEvaluationView } from './build-self-evaluation-view';
import type { Db } from './db';
import { DomainError } from './domain-error';
import { listVisibleProjects } from './list-visible-projects';

export const SCORE_BUCKETS = ['<60', '60-70', '70-80', '80-90', '90-100'] as const;
export type ScoreBucket = (typeof SCORE_BUCKETS)[number];

export interface SelfEvaluationSummaryRow {
  readonly projectId: string;
  readonly name: string;
  readonly total: number;
  readonly grade: ReviewGrade;
  readonly findingCount: number;
}

export interface SelfEvaluationSummary {
  readonly fiscalYear: number | null;
  /** Projects visible to the actor (in the filter). */
  readonly projectCount: number;
  /** Projects with a saved self-evaluation. */
  readonly evaluatedCount: number;
  readonly averageScore: number | null;
  readonly byGrade: Readonly<Record<ReviewGrade, number>>;
  readonly gradeLabels: Readonly<Record<ReviewGrade, string>>;
  readonly byScore: Readonly<Record<ScoreBucket, number>>;
  readonly rows: readonly SelfEvaluationSummaryRow[];
}

const MAX_PROJECTS = 2000;

function bucketOf(total: number): ScoreBucket {
  return total >= 90 ? '90-100' : total >= 80 ? '80-90' : total >= 70 ? '70-80' : total >= 60 ? '60-70' : '<60';
}

/** Score and grade distribution of the self-evaluations of the projects the actor sees (a unit, a department, all). */
export async function summarizeSelfEvaluations(db: Db, actor: Actor, query: { readonly fiscalYear?: number; readonly unitId?: string }): Promise<SelfEvaluationSummary> {
  const page = await listVisibleProjects(db, actor, { ...query, limit: MAX_PROJECTS, offset: 0, sort: { field: 'name', direction: 'asc' } });
  if (page.total > MAX_PROJECTS) throw new DomainError('validation', { total: page.total }, `一次最多统计 ${MAX_PROJECTS} 个项目，请缩小范围（当前 ${page.total} 个）`);
  const ids = page.rows.map((r) => r.id);
  const evaluations = await getSelfEvaluations(db, ids);
  const stored = await getProjects(db, [...evaluations.keys()]);
  const byGrade: Record<ReviewGrade, number> = { excellent: 0, good: 0, fair: 0, poor: 0 };
  const byScore = Object.fromEntries(SCORE_BUCKETS.map((b) => [b, 0])) as Record<ScoreBucket, number>;
  const rows: SelfEvaluationSummaryRow[] = [];
  for (const s of stored) {
    const view = buildSelfEvaluationView(s, evaluations.get(s.id) ?? null);
    byGrade[view.grade] += 1;
    byScore[bucketOf(view.total)] += 1;
    rows.push({ projectId: s.id, name: s.project.name, total: view.total, grade: view.grade, findingCount: view.findings.length });
  }
  rows.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh-CN'));
  const sum = rows.reduce((n, r) => n + r.total, 0);
  return {
    fiscalYear: query.fiscalYear ?? null,
    projectCount: page.total,
    evaluatedCount: rows.length,
    averageScore: rows.length ? Math.round((sum / rows.length) * 100) / 100 : null,
    byGrade,
    gradeLabels: GRADE_LABELS,
    byScore,
    rows,
  };
}
