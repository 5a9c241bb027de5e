import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { departmentBudgetSchema } from '../../schemas/department-budget.schema';
import { disclosureWorkspaceSchema, generationTemplateSchema } from './disclosure-response.schema';

export const updateDisclosureSchema = {
  params: idParamsSchema,
  body: z.strictObject({
    version: z.int().min(1).describe('读取时的版本号；不一致时返回 409 version-conflict（附当前版本）'),
    template: generationTemplateSchema,
    budget: departmentBudgetSchema,
  }),
  response: { 200: disclosureWorkspaceSchema },
};
