import { z } from 'zod';
import { idSchema } from '../../schemas/common.schema';
import { lightSchema } from './monitoring-view.schema';

export const getMonitoringOverviewSchema = {
  querystring: z.strictObject({
    unitId: idSchema.optional(),
    fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
  }),
  response: {
    200: z.object({
      months: z.array(z.int()),
      budget: z.int(),
      truncated: z.boolean(),
      curve: z.array(z.object({ month: z.int(), executed: z.int(), rate: z.number().nullable(), plannedShare: z.number().nullable(), timeProgress: z.number() })),
      rows: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          unitName: z.string().nullable(),
          status: z.string(),
          budget: z.int().nullable(),
          executed: z.int(),
          rate: z.number().nullable(),
          lights: z.record(z.string(), lightSchema.nullable()),
          worst: lightSchema.nullable(),
          adjustmentRequested: z.boolean(),
        }),
      ),
    }),
  },
};
