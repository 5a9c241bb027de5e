import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';

export const listDisclosureVersionsSchema = {
  params: idParamsSchema,
  response: {
    200: z.array(
      z.object({
        version: z.int(),
        status: z.enum(['draft', 'published']),
        template: z.string(),
        savedAt: z.string(),
        savedBy: z.string(),
        publishedAt: z.string().nullable(),
        publishedBy: z.string().nullable(),
      }),
    ),
  },
};
