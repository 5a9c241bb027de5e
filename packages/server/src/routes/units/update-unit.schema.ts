import { z } from 'zod';
import { idParamsSchema, unitSchema } from '../../schemas/common.schema';

export const updateUnitSchema = {
  params: idParamsSchema,
  body: z.strictObject({
    code: z.string().trim().min(1).max(50).nullable().optional(),
    name: z.string().trim().min(1).max(200).optional(),
    parentId: z.string().max(64).nullable().optional(),
  }),
  response: { 200: unitSchema },
};
