import { z } from 'zod';
import { idSchema } from '../../schemas/common.schema';
import { deviationSchema } from './monitoring-view.schema';

export const saveCheckpointSchema = {
  params: z.strictObject({ id: idSchema, month: z.coerce.number().int().min(1).max(12) }),
  body: z.strictObject({
    version: z.int().min(0).describe('读取到的节点版本；首次填报为 0'),
    execution: deviationSchema.nullable().default(null).describe('预算执行偏差（红灯时必填）'),
    items: z
      .array(
        z.strictObject({
          indicatorIndex: z.int().min(0).describe('指标在项目中的序号（从 0 开始）'),
          progressText: z.string().max(500).nullable().default(null).describe('1–N月执行情况'),
          forecastText: z.string().max(500).nullable().default(null).describe('全年预计完成情况'),
          deviation: deviationSchema.nullable().default(null),
        }),
      )
      .max(500),
  }),
  response: { 200: z.object({ month: z.int(), version: z.int(), updatedAt: z.string() }) },
};
