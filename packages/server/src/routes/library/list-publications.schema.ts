import { z } from 'zod';

export const listPublicationsSchema = { response: { 200: z.array(z.object({ unitId: z.string(), publishedBy: z.string(), publishedAt: z.string() })) } };
