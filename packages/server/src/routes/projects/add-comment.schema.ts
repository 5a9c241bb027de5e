import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { commentSchema } from './list-comments.schema';

export const addCommentSchema = {
  params: idParamsSchema,
  body: z.strictObject({
    indicatorIndex: z.int().min(0).nullable().default(null).describe('指标序号（从 0 开始）；针对整个项目时为 null'),
    text: z.string().trim().min(1, '意见内容不能为空').max(5_000),
  }),
  response: { 201: commentSchema },
};
