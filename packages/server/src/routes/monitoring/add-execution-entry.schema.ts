import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';

export const executionEntrySchema = z.object({
  id: z.string(),
  paidOn: z.string(),
  amount: z.int().describe('分'),
  note: z.string(),
  source: z.enum(['manual', 'import']),
  importFile: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const addExecutionEntrySchema = {
  params: idParamsSchema,
  body: z.strictObject({
    paidOn: z.string().min(8).max(20).describe('支付日期 2024-03-15'),
    amountYuan: z.string().min(1).max(30).describe('金额（元），如 12345.67'),
    note: z.string().max(500).default(''),
  }),
  response: { 201: executionEntrySchema },
};
