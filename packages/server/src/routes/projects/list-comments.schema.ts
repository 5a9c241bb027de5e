import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';

export const commentSchema = z.object({
  id: z.string(),
  indicatorIndex: z.int().nullable(),
  author: z.string(),
  role: z.string(),
  text: z.string(),
  createdAt: z.string(),
});

export const listCommentsSchema = {
  params: idParamsSchema,
  response: { 200: z.array(commentSchema) },
};
