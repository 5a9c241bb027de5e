import { z } from 'zod';
import { userSchema } from '../../schemas/common.schema';

export const getMeSchema = {
  response: { 200: z.object({ user: userSchema, csrfToken: z.string() }) },
};
