import { z } from 'zod';
import { userSchema } from '../../schemas/common.schema';

export const adminUserSchema = userSchema.extend({
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  failedLogins: z.int(),
  createdAt: z.string(),
});

export const listUsersSchema = { response: { 200: z.array(adminUserSchema) } };
