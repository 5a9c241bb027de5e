import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { checkpointSchema } from './monitoring-view.schema';

export const saveMonitoringPlanSchema = {
  params: idParamsSchema,
  body: z.strictObject({
    version: z.int().min(0).describe('读取到的计划版本；首次保存为 0'),
    fiscalYear: z.int().min(2000).max(2100).nullable().default(null),
    checkpoints: z.array(checkpointSchema).max(12).describe('累计支出比例，如 3月底 25%'),
  }),
  response: { 200: z.object({ version: z.int(), fiscalYear: z.int().nullable(), checkpoints: z.array(checkpointSchema) }) },
};
