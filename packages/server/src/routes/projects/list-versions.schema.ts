import { z } from 'zod';
import { idParamsSchema, projectStatusSchema } from '../../schemas/common.schema';

export const versionSummarySchema = z.object({
  version: z.int(),
  status: projectStatusSchema,
  changedBy: z.string(),
  changedAt: z.string(),
  changeNote: z.string().nullable(),
});

export const listVersionsSchema = {
  params: idParamsSchema,
  response: { 200: z.array(versionSummarySchema) },
};
