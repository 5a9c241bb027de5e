import { z } from 'zod';
import { generationTemplateSchema } from '../../schemas/department-budget.schema';

export const disclosureSummarySchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  fiscalYear: z.int(),
  template: z.string(),
  status: z.enum(['draft', 'published']).describe('draft 草稿 / published 已公开'),
  version: z.int(),
  publishedVersion: z.int().nullable().describe('最近公开（冻结）的版本'),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const disclosureFindingSchema = z.looseObject({
  rule: z.string(),
  category: z.string(),
  severity: z.string(),
  message: z.string(),
  tables: z.array(z.string()),
});

export const disclosureViewSchema = z.object({
  generated: z.looseObject({ tables: z.array(z.looseObject({ id: z.string(), title: z.string() })) }).nullable().describe('core GeneratedDisclosure（金额单位：分）'),
  findings: z.array(disclosureFindingSchema),
  errorCount: z.int(),
  warningCount: z.int(),
  messages: z.array(z.string()),
});

export const disclosureWorkspaceSchema = z.object({
  disclosure: disclosureSummarySchema,
  budget: z.looseObject({ fiscalYear: z.int() }).describe('core DepartmentBudget（金额单位：分）'),
  view: disclosureViewSchema,
  canEdit: z.boolean(),
  canPublish: z.boolean(),
});

export { generationTemplateSchema };
