import { z } from 'zod';
import { idParamsSchema, roleSchema } from '../../schemas/common.schema';
import { adminUserSchema } from './list-users.schema';

export const updateUserSchema = {
  params: idParamsSchema,
  body: z.strictObject({
    displayName: z.string().trim().min(1).max(100).optional(),
    role: roleSchema.optional(),
    unitId: z.string().max(64).nullable().optional(),
    password: z.string().min(8, '密码至少 8 个字符').max(200).optional(),
    locked: z.boolean().optional().describe('true 锁定（直至管理员解锁）；false 解锁并清零失败次数'),
  }),
  response: { 200: adminUserSchema },
};
