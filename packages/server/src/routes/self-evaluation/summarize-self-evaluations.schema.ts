import { z } from 'zod';

const grades = z.object({ excellent: z.int(), good: z.int(), fair: z.int(), poor: z.int() });

export const summarizeSelfEvaluationsSchema = {
  querystring: z.strictObject({
    fiscalYear: z.coerce.number().int().min(1990).max(2100).optional(),
    unitId: z.string().min(1).max(64).optional(),
  }),
  response: {
    200: z.object({
      fiscalYear: z.int().nullable(),
      projectCount: z.int(),
      evaluatedCount: z.int(),
      averageScore: z.number().nullable(),
      byGrade: grades,
      gradeLabels: z.object({ excellent: z.string(), good: z.string(), fair: z.string(), poor: z.string() }),
      byScore: z.record(z.string(), z.int()),
      rows: z.array(z.object({ projectId: z.string(), name: z.string(), total: z.number(), grade: z.string(), findingCount: z.int() })),
    }),
  },
};
