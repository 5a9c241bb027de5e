import { z } from 'zod';
import { roleSchema } from '../../schemas/common.schema';
import { adminUserSchema } from './list-users.schema';

export const createUserSchema = {
  body: z.strictObject({
    username: z
      .string()
      .trim()
      .min(2)
      .max(50)
      .regex(/^[A-Za-z0-9_.@-]+$/, '用户名只能包含字母、数字和 _ . @ -'),
    displayName: z.string().trim().min(1).max(100),
    role: roleSchema,
    unitId: z.string().max(64).nullable().default(null),
    password: z.string().min(8, '密码至少 8 个字符').max(200),
  }),
  response: { 201: adminUserSchema },
};
