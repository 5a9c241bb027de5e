import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { libraryChangeRequestSchema, libraryEntrySchema } from '../../schemas/library.schema';

export const decideChangeSchema = {
  params: idParamsSchema,
  body: z.strictObject({ approve: z.boolean(), note: z.string().trim().max(2000).nullable().optional() }),
  response: { 200: z.object({ request: libraryChangeRequestSchema, entry: libraryEntrySchema }) },
};
