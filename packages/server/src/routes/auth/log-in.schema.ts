import { z } from 'zod';
import { userSchema } from '../../schemas/common.schema';

export const logInSchema = {
  body: z.strictObject({
    username: z.string().trim().min(1, '请输入用户名').max(100),
    password: z.string().min(1, '请输入密码').max(1_000),
  }),
  response: { 200: z.object({ user: userSchema, csrfToken: z.string() }) },
};
