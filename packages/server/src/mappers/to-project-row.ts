import type { ProjectSummary } from '@jixiao/storage';
import type { z } from 'zod';
import type { projectRowSchema } from '../schemas/common.schema';

export type ProjectRowApi = z.infer<typeof projectRowSchema>;

/** Storage list row → API list row (docs/api.md). */
export function toProjectRow(s: ProjectSummary): ProjectRowApi {
  return {
    id: s.id,
    name: s.name,
    code: s.code,
    unitId: s.unitId,
    unitName: s.unitName,
    fiscalYear: s.fiscalYear,
    status: s.status,
    grade: s.grade,
    score: s.score,
    fundsTotal: s.fundsTotal,
    indicatorCount: s.indicatorCount,
    findingCount: s.findingCount,
    version: s.version,
    updatedAt: s.updatedAt,
  };
}
