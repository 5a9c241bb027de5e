import { z } from 'zod';
import { idSchema } from '../../schemas/common.schema';

export const setPublicationSchema = {
  params: z.strictObject({ unitId: idSchema }),
  body: z.strictObject({ published: z.boolean() }),
  response: { 200: z.object({ unitId: z.string(), published: z.boolean() }) },
};
