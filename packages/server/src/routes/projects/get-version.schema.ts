import { z } from 'zod';
import { idSchema, projectStatusSchema } from '../../schemas/common.schema';
import { projectOutputSchema } from '../../schemas/project.schema';

export const getVersionSchema = {
  params: z.strictObject({ id: idSchema, version: z.coerce.number().int().min(1) }),
  response: {
    200: z.object({
      version: z.int(),
      status: projectStatusSchema,
      changedBy: z.string(),
      changedAt: z.string(),
      changeNote: z.string().nullable(),
      project: projectOutputSchema,
    }),
  },
};
