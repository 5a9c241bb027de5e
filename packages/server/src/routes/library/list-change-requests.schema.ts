import { z } from 'zod';
import { libraryChangeRequestSchema } from '../../schemas/library.schema';

export const listChangeRequestsSchema = {
  querystring: z.strictObject({ entryId: z.string().max(64).optional(), status: z.enum(['pending', 'approved', 'rejected']).optional() }),
  response: { 200: z.array(libraryChangeRequestSchema) },
};
