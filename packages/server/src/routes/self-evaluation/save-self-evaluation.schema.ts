import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { selfEvaluationViewSchema } from './self-evaluation-view.schema';

const text = z.string().max(2000).nullable().default(null);

export const saveSelfEvaluationSchema = {
  params: idParamsSchema,
  body: z.strictObject({
    version: z.int().min(0).describe('读取时的版本（尚未填报为 0）；不一致时返回 409'),
    status: z.enum(['draft', 'submitted']).default('draft').describe('submitted：缺少必填的偏差原因时拒绝'),
    budget: z.int().min(0).nullable().default(null).describe('全年预算数（分）'),
    executed: z.int().min(0).nullable().default(null).describe('全年执行数（分）'),
    achievedGoals: z.string().max(20_000).nullable().default(null).describe('年度总体目标实际完成情况'),
    entries: z
      .array(z.strictObject({ position: z.int().min(0), actualText: text, deviationReason: text, improvementMeasure: text }))
      .max(500)
      .describe('按指标位置填写的实际完成值、偏差原因和改进措施'),
  }),
  response: { 200: selfEvaluationViewSchema },
};
