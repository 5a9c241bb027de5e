import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { departmentBudgetSchema } from '../../schemas/department-budget.schema';
import { disclosureViewSchema, generationTemplateSchema } from './disclosure-response.schema';

export const previewDisclosureSchema = {
  params: idParamsSchema,
  body: z.strictObject({ template: generationTemplateSchema, budget: departmentBudgetSchema }),
  response: { 200: disclosureViewSchema },
};
