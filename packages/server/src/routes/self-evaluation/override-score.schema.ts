import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { selfEvaluationViewSchema } from './self-evaluation-view.schema';

export const overrideScoreSchema = {
  params: idParamsSchema,
  body: z.strictObject({
    position: z.int().min(0).describe('指标位置（从 0 开始）'),
    score: z.number().min(0).describe('调整后的得分（0～分值）'),
    reason: z.string().trim().min(1, '调整得分必须填写理由').max(2000),
  }),
  response: { 200: selfEvaluationViewSchema },
};
