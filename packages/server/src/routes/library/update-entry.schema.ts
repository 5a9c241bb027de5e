import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { libraryEntryChangesSchema, libraryEntrySchema } from '../../schemas/library.schema';

export const updateEntrySchema = {
  params: idParamsSchema,
  body: z.strictObject({ version: z.int().min(1), fields: libraryEntryChangesSchema }),
  response: { 200: libraryEntrySchema },
};
