import { z } from 'zod';
import { disclosureSummarySchema } from './disclosure-response.schema';

export const listDisclosuresSchema = {
  querystring: z.strictObject({
    unitId: z.string().max(64).optional(),
    year: z.coerce.number().int().min(1990).max(2100).optional(),
  }),
  response: {
    200: z.object({
      departments: z.array(z.object({ id: z.string(), code: z.string().nullable(), name: z.string() })).describe('可以打开公开工作台的主管部门'),
      disclosures: z.array(disclosureSummarySchema),
    }),
  },
};
