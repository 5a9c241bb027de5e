import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { libraryEntrySchema } from '../../schemas/library.schema';

export const publishEntrySchema = { params: idParamsSchema, body: z.strictObject({ version: z.int().min(1) }), response: { 200: libraryEntrySchema } };
