import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';

export const getDepartmentTargetSchema = {
  params: idParamsSchema,
  response: {
    200: z.object({
      id: z.string(),
      version: z.int(),
      unitId: z.string(),
      unitName: z.string().nullable(),
      target: z.looseObject({ name: z.string() }).describe('core DepartmentTarget（金额单位：分）'),
    }),
  },
};
