import { LEVEL1_CODES, LEVEL2_CODES } from '@jixiao/core';
import { z } from 'zod';

/**
 * The core `Project` (money in integer fen) as zod. Built twice from one definition: `strict`
 * rejects unknown fields (request bodies), `loose` keeps fields a newer importer may add
 * (responses), so a response never drops data. Nullable fields may be left out of a request
 * and default to null; arrays default to empty.
 */
type Mode = 'strict' | 'loose';

function obj<T extends z.ZodRawShape>(mode: Mode, shape: T) {
  return mode === 'strict' ? z.strictObject(shape) : z.looseObject(shape);
}

const fen = () => z.int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).nullable().default(null);
const text = () => z.string().max(20_000).nullable().default(null);
const raw = () => z.record(z.string(), z.string()).default({});
const comparisonOp = z.enum(['>=', '>', '=', '<=', '<']);

function sourceSchema(mode: Mode) {
  return obj(mode, {
    line: z.int().optional(),
    endLine: z.int().optional(),
    cell: z.string().optional(),
    page: z.int().optional(),
  }).optional();
}

function targetValueSchema(mode: Mode) {
  const labelled = obj(mode, { label: z.string().nullable(), op: comparisonOp, value: z.number(), unit: z.string().nullable() });
  const period = obj(mode, {
    kind: z.enum(['year', 'month-range', 'date', 'date-range', 'months', 'days', 'recurring']),
    year: z.int().optional(),
    fromMonth: z.int().optional(),
    toMonth: z.int().optional(),
    text: z.string(),
  });
  const quantitative = obj(mode, {
    op: comparisonOp,
    value: z.number(),
    unit: z.string().nullable(),
    parts: z.array(labelled).optional(),
    period: period.optional(),
  });
  const qualitative = obj(mode, { op: z.literal('qualitative'), text: z.string() });
  return z.union([qualitative, quantitative]);
}

export function indicatorSchema(mode: Mode) {
  const target = targetValueSchema(mode);
  return obj(mode, {
    level1: z.enum(LEVEL1_CODES).nullable().default(null),
    level2: z.enum(LEVEL2_CODES).nullable().default(null),
    level1Text: text(),
    level2Text: text(),
    required: z.boolean().nullable().default(null),
    categoryInferred: z.boolean().optional(),
    name: z.string().max(2_000),
    description: text(),
    targetText: text(),
    target: target.nullable().default(null),
    longTermTargetText: z.string().nullable().optional(),
    basis: text(),
    priorActual: text(),
    weight: z.number().nullable().default(null),
    scoringRule: z.enum(['proportional', 'binary', 'graded', 'satisfaction']).nullable().default(null),
    scoringRuleText: text(),
    evidence: text(),
    remark: z.string().nullable().optional(),
    actualText: text(),
    actual: target.nullable().optional(),
    score: z.number().nullable().default(null),
    deviationReason: text(),
    raw: raw(),
    source: sourceSchema(mode),
  });
}

export function projectSchema(mode: Mode) {
  return obj(mode, {
    code: z.string().max(200).nullable().default(null),
    name: z.string().trim().min(1, '项目名称不能为空').max(500),
    unit: text(),
    unitCode: text(),
    department: text(),
    departmentCode: text(),
    implementingUnit: text(),
    fiscalYear: z.int().min(1990).max(2100).nullable().default(null),
    kind: z.enum(['new', 'continuing', 'recurring']).nullable().default(null),
    period: text(),
    preparer: text(),
    preparerPhone: text(),
    preparedOn: text(),
    projectLead: text(),
    funds: obj(mode, { total: fen(), fiscal: fen(), other: fen() }).default({ total: null, fiscal: null, other: null }),
    purpose: text(),
    spendingPlan: z.array(obj(mode, { month: z.int().min(1).max(12), percent: z.number().min(0).max(100) })).max(12).default([]),
    goals: z.array(z.string().max(20_000)).max(200).default([]),
    longTermGoals: z.array(z.string().max(20_000)).max(200).default([]),
    achievedGoals: z.array(z.string()).optional(),
    indicators: z.array(indicatorSchema(mode)).max(2_000).default([]),
    categoryMarks: z
      .array(obj(mode, { level1: z.enum(LEVEL1_CODES).nullable(), level2: z.enum(LEVEL2_CODES), required: z.boolean() }))
      .default([]),
    execution: obj(mode, {
      budget: z.int().nullable(),
      executed: z.int().nullable(),
      rate: z.number().nullable(),
      weight: z.number().nullable(),
      score: z.number().nullable(),
    })
      .nullable()
      .optional(),
    raw: raw(),
    source: sourceSchema(mode),
  });
}

export const projectInputSchema = projectSchema('strict');
export const projectOutputSchema = projectSchema('loose');
