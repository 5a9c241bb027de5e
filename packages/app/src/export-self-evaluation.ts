import { renderSelfEvaluationPdf, renderSelfEvaluationXlsx, type SelfEvaluationSheet } from '@jixiao/render';
import type { Actor } from './actor';
import type { SelfEvaluationView } from './build-self-evaluation-view';
import type { Db } from './db';
import type { ExportedFile } from './export-projects';
import { getSelfEvaluationView } from './get-self-evaluation-view';

export const SELF_EVALUATION_EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type SelfEvaluationExportFormat = (typeof SELF_EVALUATION_EXPORT_FORMATS)[number];

/** The view in the 项目支出绩效自评表 layout (deviation reason and improvement measure in one cell, as printed). */
export function toSelfEvaluationSheet(view: SelfEvaluationView): SelfEvaluationSheet {
  return {
    title: '项目支出绩效自评表',
    fiscalYear: view.fiscalYear,
    projectName: view.projectName,
    projectCode: view.projectCode,
    unitName: view.unitName,
    budget: view.execution.budget,
    executed: view.execution.executed,
    executionRate: view.execution.rate,
    executionWeight: view.execution.weight,
    executionScore: view.execution.score,
    goals: view.goals,
    achievedGoals: view.achievedGoals,
    indicators: view.indicators.map((l) => ({
      level1: l.level1Text ?? '',
      level2: l.level2Text ?? '',
      name: l.name,
      targetText: l.targetText ?? '',
      actualText: l.actualText ?? '',
      weight: l.weight,
      score: l.score,
      deviation: [l.deviationReason, l.improvementMeasure ? `改进措施：${l.improvementMeasure}` : null].filter(Boolean).join('\n'),
      formula: l.override ? `${l.formula}；审核调整为${l.override.score}分（${l.override.reason}）` : l.formula,
    })),
    total: view.total,
    gradeLabel: view.gradeLabel,
  };
}

/** The self-evaluation table of a visible project as XLSX or PDF. */
export async function exportSelfEvaluation(db: Db, actor: Actor, projectId: string, format: SelfEvaluationExportFormat): Promise<ExportedFile> {
  const view = await getSelfEvaluationView(db, actor, projectId);
  const sheet = toSelfEvaluationSheet(view);
  const bytes = format === 'xlsx' ? await renderSelfEvaluationXlsx(sheet) : await renderSelfEvaluationPdf(sheet);
  const contentType = format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf';
  const base = view.projectName.replace(/[\\/:*?"<>|\r\n]+/g, '_').slice(0, 80) || 'project';
  return { bytes, contentType, fileName: `${base}-绩效自评表.${format}` };
}
