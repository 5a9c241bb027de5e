import { REVIEW_OUTCOMES, TRANSITION_ACTIONS } from '@jixiao/app';
import { z } from 'zod';
import { idParamsSchema, projectStatusSchema } from '../../schemas/common.schema';

export const transitionProjectSchema = {
  params: idParamsSchema,
  body: z.strictObject({
    version: z.int().min(1),
    action: z.enum(TRANSITION_ACTIONS),
    outcome: z.enum(REVIEW_OUTCOMES).optional(),
    comment: z.string().max(5_000).optional().describe('审核意见；退回修改时必填'),
    reason: z.string().max(5_000).optional().describe('调整理由；申请调整时必填'),
  }),
  response: { 200: z.object({ id: z.string(), version: z.int(), status: projectStatusSchema }) },
};
