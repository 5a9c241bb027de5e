import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';

export const importPaymentsSchema = {
  params: idParamsSchema,
  querystring: z.strictObject({ preview: z.enum(['true', 'false']).default('false').describe('true：只预览，不写入') }),
  response: {
    200: z.object({
      imported: z.int(),
      total: z.int().describe('已识别支付合计，分'),
      entries: z.array(z.object({ paidOn: z.string(), amount: z.int(), note: z.string(), row: z.int() })),
      issues: z.array(z.object({ row: z.int().nullable(), cell: z.string().nullable(), text: z.string(), message: z.string() })),
      skipped: z.array(z.object({ row: z.int(), reason: z.string() })),
    }),
  },
};
