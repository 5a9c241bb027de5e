import type { ProjectListQuery } from '@jixiao/app';
import { LEVEL2_CODES } from '@jixiao/core';
import { PROJECT_STATUSES, type ProjectSortField, type ProjectStatus } from '@jixiao/storage';
import { z } from 'zod';

const SORT_FIELDS: Readonly<Record<string, ProjectSortField>> = {
  name: 'name',
  code: 'code',
  fundsTotal: 'fundsTotal',
  funds_total: 'fundsTotal',
  fiscalYear: 'fiscalYear',
  fiscal_year: 'fiscalYear',
  status: 'status',
  score: 'score',
  createdAt: 'createdAt',
  created_at: 'createdAt',
  updatedAt: 'updatedAt',
  updated_at: 'updatedAt',
};

const statusList = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x))
  .pipe(z.array(z.enum(PROJECT_STATUSES)).min(1));

/** Query string shared by GET /api/projects and /api/review-queue. */
export const projectListQueryShape = {
  unitId: z.string().max(64).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  grade: z.string().max(20).optional(),
  level2: z.enum(LEVEL2_CODES).optional(),
  q: z.string().max(200).optional().describe('名称或编码包含的文字'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  sort: z
    .string()
    .regex(new RegExp(`^(${Object.keys(SORT_FIELDS).join('|')}):(asc|desc)$`), '排序格式为 字段:asc|desc')
    .default('updatedAt:desc'),
};

export const projectListQuerySchema = z.strictObject({
  ...projectListQueryShape,
  status: statusList.optional().describe('一个或多个状态，逗号分隔'),
});

export const reviewQueueQuerySchema = z.strictObject(projectListQueryShape);

type ParsedQuery = z.infer<typeof reviewQueueQuerySchema> & { status?: ProjectStatus[] };

/** Query string → use-case query. */
export function toListQuery(q: ParsedQuery): ProjectListQuery {
  const [field = 'updatedAt', direction = 'desc'] = q.sort.split(':');
  return {
    ...(q.unitId !== undefined ? { unitId: q.unitId } : {}),
    ...(q.year !== undefined ? { fiscalYear: q.year } : {}),
    ...(q.status !== undefined ? { status: q.status } : {}),
    ...(q.grade !== undefined ? { grade: q.grade } : {}),
    ...(q.level2 !== undefined ? { level2: q.level2 } : {}),
    ...(q.q !== undefined ? { q: q.q } : {}),
    limit: q.limit,
    offset: q.offset,
    sort: { field: SORT_FIELDS[field] ?? 'updatedAt', direction: direction === 'asc' ? 'asc' : 'desc' },
  };
}
