import { z } from 'zod';

export const importLineSchema = z.object({
  line: z.int().nullable(),
  cell: z.string().nullable(),
  page: z.int().nullable(),
  text: z.string(),
  status: z.enum(['used', 'boilerplate', 'unplaced']),
});

export const previewImportSchema = {
  querystring: z.strictObject({
    year: z.coerce.number().int().min(1990).max(2100).optional().describe('文件未写明预算年度时使用的年度'),
  }),
  response: {
    200: z.object({
      token: z.string(),
      expiresAt: z.string(),
      file: z.string(),
      layout: z.string(),
      projects: z.array(z.looseObject({ name: z.string() })).describe('与 `jixiao parse --json` 相同的项目（金额单位：元）'),
      departmentTargets: z.array(z.looseObject({ name: z.string() })),
      issues: z.array(z.looseObject({ code: z.string(), severity: z.string(), message: z.string() })),
      stats: z.object({ rows: z.int(), usedRows: z.int(), boilerplateRows: z.int(), unplacedRows: z.int() }),
      lines: z.array(importLineSchema),
    }),
  },
};
