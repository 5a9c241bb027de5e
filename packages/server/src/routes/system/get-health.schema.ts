import { z } from 'zod';

export const getHealthSchema = { response: { 200: z.object({ ok: z.literal(true) }) } };
