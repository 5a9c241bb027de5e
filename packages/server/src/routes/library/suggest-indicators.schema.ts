import { z } from 'zod';
import { suggestionsResponseSchema } from '../../schemas/library.schema';

export const suggestIndicatorsSchema = {
  querystring: z.strictObject({
    name: z.string().max(300).default(''),
    goals: z.string().max(4000).optional().describe('年度目标（多条以换行分隔）'),
    kind: z.enum(['new', 'continuing', 'recurring']).optional(),
    funds: z.coerce.number().int().min(0).optional().describe('资金总额（分）'),
    projectId: z.string().max(64).optional().describe('正在编辑的项目（其本身与本单位不作为来源）'),
    perCategory: z.coerce.number().int().min(1).max(10).default(5),
  }),
  response: { 200: suggestionsResponseSchema },
};
