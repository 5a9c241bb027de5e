import type { Project } from '@jixiao/core';
import { createId } from './create-id';
import type { Selectable } from 'kysely';
import type { IndicatorsTable } from './schema';

export type IndicatorsRow = Selectable<IndicatorsTable>;

/** The denormalised `indicators` rows of one project, in document order; `fiscalYear` is the partition key (0 when unknown). */
export function toIndicatorRows(projectId: string, project: Project, fiscalYear: number | null): IndicatorsRow[] {
  return project.indicators.map((indicator, position) => {
    const target = indicator.target;
    const quantitative = target && target.op !== 'qualitative' ? target : null;
    return {
      id: createId(),
      project_id: projectId,
      fiscal_year: fiscalYear ?? 0,
      position,
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      target_text: indicator.targetText,
      op: target?.op ?? null,
      value: quantitative && Number.isFinite(quantitative.value) ? quantitative.value : null,
      unit: quantitative?.unit ?? null,
    };
  });
}
