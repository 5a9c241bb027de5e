import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { libraryChangeRequestSchema, libraryEntryChangesSchema } from '../../schemas/library.schema';

export const requestChangeSchema = {
  params: idParamsSchema,
  body: z.strictObject({ version: z.int().min(1), changes: libraryEntryChangesSchema, reason: z.string().trim().min(1).max(2000) }),
  response: { 201: libraryChangeRequestSchema },
};
