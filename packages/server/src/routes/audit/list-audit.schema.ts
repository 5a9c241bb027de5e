import { z } from 'zod';

export const listAuditSchema = {
  querystring: z.strictObject({
    entity: z.string().max(50).optional(),
    entityId: z.string().max(64).optional(),
    limit: z.coerce.number().int().min(1).max(1_000).default(100),
  }),
  response: {
    200: z.array(
      z.object({
        seq: z.int(),
        at: z.string(),
        actor: z.string(),
        action: z.string(),
        entity: z.string(),
        entityId: z.string().nullable(),
        detail: z.unknown(),
        hash: z.string(),
      }),
    ),
  },
};
