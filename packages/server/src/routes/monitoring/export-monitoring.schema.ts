import { MONITORING_EXPORT_FORMATS } from '@jixiao/app';
import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';

export const exportMonitoringSchema = {
  params: idParamsSchema,
  querystring: z.strictObject({
    format: z.enum(MONITORING_EXPORT_FORMATS).default('xlsx'),
    month: z.coerce.number().int().min(1).max(12).optional().describe('监控节点月份；缺省为最近一个已到期节点'),
  }),
};
