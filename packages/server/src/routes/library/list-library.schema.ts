import { z } from 'zod';
import { libraryClusterSchema } from '../../schemas/library.schema';

export const listLibrarySchema = {
  querystring: z.strictObject({
    q: z.string().max(100).optional(),
    level1: z.string().max(40).optional(),
    level2: z.string().max(40).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  }),
  response: { 200: z.object({ total: z.int(), projectCount: z.int(), clusters: z.array(libraryClusterSchema) }) },
};
