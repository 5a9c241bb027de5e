import type { Project } from '@jixiao/core';
import { createId } from './create-id';
import type { IndicatorsTable } from './schema';

/** The denormalised `indicators` rows of one project, in document order. */
export function toIndicatorRows(projectId: string, project: Project): IndicatorsTable[] {
  return project.indicators.map((indicator, position) => {
    const target = indicator.target;
    const quantitative = target && target.op !== 'qualitative' ? target : null;
    return {
      id: createId(),
      project_id: projectId,
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
