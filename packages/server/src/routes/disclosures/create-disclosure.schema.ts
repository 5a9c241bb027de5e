import { z } from 'zod';
import { disclosureWorkspaceSchema, generationTemplateSchema } from './disclosure-response.schema';

export const createDisclosureSchema = {
  body: z.strictObject({
    unitId: z.string().min(1).max(64).describe('主管部门（单位类型 department）'),
    fiscalYear: z.int().min(1990).max(2100),
    template: generationTemplateSchema.default('shaanxi-16'),
  }),
  response: { 201: disclosureWorkspaceSchema },
};
