import { z } from 'zod';

export const verifyAuditSchema = {
  response: { 200: z.object({ ok: z.boolean(), brokenAt: z.int().nullable() }) },
};
