import { z } from 'zod';

export const tokenParamsSchema = z.strictObject({ token: z.string().min(8).max(64) });

export const confirmImportSchema = {
  params: tokenParamsSchema,
  response: {
    200: z.object({
      batchId: z.string(),
      created: z.int(),
      updated: z.int(),
      unchanged: z.int(),
      projectIds: z.array(z.string()),
    }),
  },
};
