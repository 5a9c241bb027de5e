import { z } from 'zod';

const distributionSchema = z.object({ min: z.number(), p25: z.number(), median: z.number(), p75: z.number(), max: z.number(), n: z.int() });

/** One indicator suggestion for a mandatory category. */
export const suggestionSchema = z.object({
  slot: z.string(),
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  targetText: z.string().nullable(),
  support: z.int().describe('使用该指标的项目数'),
  sources: z.array(z.string()).describe('来源项目（仅可见或已公开的）'),
  sourcesHidden: z.boolean(),
  clusterId: z.string(),
  origin: z.enum(['similar', 'common']),
  score: z.number(),
});

export const suggestionsResponseSchema = z.object({ suggestions: z.array(suggestionSchema) });

export const libraryClusterSchema = z.object({
  id: z.string(),
  name: z.string(),
  variants: z.array(z.string()),
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  op: z.string().nullable(),
  unit: z.string().nullable(),
  values: distributionSchema.nullable(),
  typicalTargetText: z.string().nullable(),
  support: z.int(),
  reuse: z.int(),
  unitCount: z.int(),
  unitNames: z.array(z.string()),
  met: z.object({ n: z.int(), met: z.int(), rate: z.number() }).nullable(),
  published: z.boolean(),
  detailsHidden: z.boolean(),
});

const directionSchema = z.enum(['higher', 'lower', 'neutral']);
const optionalText = (max: number) => z.string().trim().max(max).nullable();

/** Editable fields of a curated entry. */
export const libraryEntryFieldsSchema = z.strictObject({
  clusterId: z.string().max(200).nullable().optional(),
  name: z.string().trim().min(1).max(200),
  level1: z.string().max(40).nullable(),
  level2: z.string().max(40).nullable(),
  definition: z.string().trim().min(1).max(2000),
  formula: optionalText(1000),
  unit: optionalText(40),
  direction: directionSchema,
  valueBasis: optionalText(1000),
  source: optionalText(1000),
});

export const libraryEntryChangesSchema = libraryEntryFieldsSchema.partial();

export const libraryEntrySchema = z.object({
  id: z.string(),
  clusterId: z.string().nullable(),
  name: z.string(),
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  definition: z.string(),
  formula: z.string().nullable(),
  unit: z.string().nullable(),
  direction: directionSchema,
  valueBasis: z.string().nullable(),
  source: z.string().nullable(),
  status: z.enum(['draft', 'published', 'withdrawn']),
  version: z.int(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  publishedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

export const libraryChangeRequestSchema = z.object({
  id: z.string(),
  entryId: z.string(),
  entryVersion: z.int(),
  changes: z.record(z.string(), z.unknown()),
  reason: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  requestedBy: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});

const unitCostSchema = z.object({
  unit: z.string(),
  value: z.number(),
  source: z.enum(['stated', 'derived']),
  indicator: z.int(),
  peers: distributionSchema.nullable(),
  ratioToMedian: z.number().nullable(),
});

export const benchmarkSchema = z.object({
  workCategory: z.object({ id: z.string(), label: z.string() }),
  grouping: z.enum(['work', 'similarity']).describe('work：按同类工作分组；similarity：同类项目不足时按名称与目标相似度'),
  peers: z.array(z.object({ id: z.string().nullable(), name: z.string().nullable(), unitName: z.string().nullable(), similarity: z.number(), fundsTotal: z.int().nullable(), hidden: z.boolean() })),
  hiddenPeers: z.int().describe('不可见单位的可比项目数（只计入统计）'),
  funds: z.object({ value: z.int().nullable(), peers: distributionSchema.nullable(), ratioToMedian: z.number().nullable() }),
  unitCosts: z.array(unitCostSchema),
  targets: z.array(
    z.object({
      indicator: z.int(),
      name: z.string(),
      clusterId: z.string(),
      op: z.string(),
      value: z.number(),
      unit: z.string().nullable(),
      basis: z.enum(['peers', 'library']),
      distribution: distributionSchema,
      verdict: z.enum(['low', 'normal']),
    }),
  ),
  findings: z.array(
    z.looseObject({ rule: z.string(), category: z.string(), severity: z.string(), message: z.string(), suggestion: z.string(), location: z.looseObject({ indicator: z.int().nullable().optional(), field: z.string().optional() }) }),
  ),
});

const fundsRow = { funds: z.int().describe('分（fen）'), count: z.int() };
export const dashboardSchema = z.object({
  projectCount: z.int(),
  fundsTotal: z.int(),
  fundsByCategory: z.array(z.object({ id: z.string(), label: z.string(), ...fundsRow })),
  fundsByKind: z.array(z.object({ kind: z.string(), ...fundsRow })),
  grades: z.array(z.object({ grade: z.string(), count: z.int() })),
  findingsByCategory: z.array(z.object({ category: z.string(), count: z.int() })),
  topFindings: z.array(z.object({ rule: z.string(), category: z.string(), message: z.string(), count: z.int() })),
  topIndicators: z.array(z.object({ clusterId: z.string(), name: z.string(), count: z.int() })),
  reviewed: z.int(),
});
