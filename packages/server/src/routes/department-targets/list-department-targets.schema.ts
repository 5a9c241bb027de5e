import { z } from 'zod';

export const departmentTargetRowSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  fiscalYear: z.int().nullable(),
  name: z.string(),
  version: z.int(),
  updatedAt: z.string(),
});

export const listDepartmentTargetsSchema = {
  querystring: z.strictObject({
    unitId: z.string().max(64).optional(),
    year: z.coerce.number().int().min(1990).max(2100).optional(),
  }),
  response: { 200: z.array(departmentTargetRowSchema) },
};
