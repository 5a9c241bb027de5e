import { z } from 'zod';
import { unitSchema } from '../../schemas/common.schema';

export const createUnitSchema = {
  body: z.strictObject({
    code: z.string().trim().min(1).max(50).nullable().default(null),
    name: z.string().trim().min(1, '单位名称不能为空').max(200),
    parentId: z.string().max(64).nullable().default(null),
  }),
  response: { 201: unitSchema },
};
