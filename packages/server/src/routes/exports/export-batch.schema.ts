import { z } from 'zod';
import { exportFormatSchema, layoutIdSchema } from './export-project.schema';

export const exportBatchSchema = {
  querystring: z.strictObject({
    unitId: z.string().max(64).optional(),
    year: z.coerce.number().int().min(1990).max(2100).optional(),
    format: exportFormatSchema,
    layout: layoutIdSchema,
  }),
};
