import { z } from 'zod';
import { idParamsSchema, projectStatusSchema } from '../../schemas/common.schema';
import { projectOutputSchema } from '../../schemas/project.schema';

export const reviewSchema = z.object({
  score: z.number().nullable(),
  grade: z.string().nullable(),
  findings: z.array(
    z.object({
      rule: z.string(),
      category: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      message: z.string(),
      suggestion: z.string(),
      indicator: z.int().nullable(),
      field: z.string(),
    }),
  ),
});

export const getProjectSchema = {
  params: idParamsSchema,
  response: {
    200: z.object({
      id: z.string(),
      version: z.int(),
      status: projectStatusSchema,
      unitId: z.string(),
      unitName: z.string().nullable(),
      fiscalYear: z.int().nullable(),
      project: projectOutputSchema,
      review: reviewSchema.nullable().describe('审核引擎尚未接入时为 null'),
      updatedAt: z.string(),
      updatedBy: z.string(),
    }),
  },
};
