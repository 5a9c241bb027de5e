import { PROJECT_STATUSES } from '@jixiao/storage';
import { ROLES } from '@jixiao/app';
import { z } from 'zod';

export const idSchema = z.string().min(1).max(64);
export const idParamsSchema = z.strictObject({ id: idSchema });
export const projectStatusSchema = z.enum(PROJECT_STATUSES);
export const roleSchema = z.enum(ROLES);

/** The one error shape of docs/api.md. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().describe('中文说明'),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** A list row of GET /api/projects and /api/review-queue. */
export const projectRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  fiscalYear: z.int().nullable(),
  status: projectStatusSchema,
  grade: z.string().nullable(),
  score: z.number().nullable(),
  fundsTotal: z.int().nullable().describe('分（fen）'),
  indicatorCount: z.int(),
  findingCount: z.int().nullable(),
  version: z.int(),
  updatedAt: z.string(),
});

export const projectPageSchema = z.object({
  rows: z.array(projectRowSchema),
  total: z.int().describe('匹配项目数；totalIsLowerBound 为 true 时表示“多于此数”'),
  fundsTotal: z.int().nullable().describe('全部匹配项目的资金合计（分）；计数提前停止时为 null'),
  totalIsLowerBound: z.boolean().describe('检索或分类筛选的计数在上限处停止（显示为“1000+”）'),
});

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
});

export const unitSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  parentId: z.string().nullable(),
  kind: z.string(),
});

export const emptySchema = z.null().describe('无内容');
