import { DEVIATION_CAUSES } from '@jixiao/core';
import { z } from 'zod';
import { effectiveMonitoringProfileSchema } from '../units/unit-monitoring-profile.schema';

export const lightSchema = z.enum(['green', 'yellow', 'red', 'blue']).describe('绿 正常 / 黄 轻度偏差 / 红 严重偏差 / 蓝 超前');
export const deviationSchema = z.object({
  cause: z.enum(DEVIATION_CAUSES).describe('偏差原因'),
  measure: z.string().max(2_000).describe('纠偏措施'),
  adjustTarget: z.boolean().describe('是否调整目标（是则走调整流程 request-adjustment）'),
});
export const checkpointSchema = z.object({ month: z.int().min(1).max(12), percent: z.number().min(0).max(100) });

const executionSchema = z.object({
  rate: z.number(),
  timeProgress: z.number(),
  behindTime: z.number(),
  light: lightSchema,
  plannedShare: z.number().nullable(),
  behindPlan: z.number().nullable(),
  planLight: lightSchema.nullable(),
  formula: z.string(),
});

const indicatorProgressSchema = z.object({
  light: lightSchema,
  method: z.enum(['pro-rata', 'range', 'qualitative']),
  expected: z.number().nullable(),
  actual: z.number().nullable(),
  forecast: z.number().nullable(),
  forecastReached: z.boolean(),
  formula: z.string(),
  problem: z.string().optional(),
});

export const monitoringViewSchema = z.object({
  projectId: z.string(),
  projectName: z.string(),
  status: z.string(),
  projectVersion: z.int(),
  year: z.int(),
  budget: z.int().nullable().describe('全年预算数，分'),
  executed: z.int().describe('全年执行数（至今），分'),
  plan: z.array(checkpointSchema),
  planSource: z.enum(['monitoring', 'declared', 'none']),
  planVersion: z.int(),
  adjustmentRequested: z.boolean(),
  profile: effectiveMonitoringProfileSchema.describe('灯号所用的预警阈值（项目所属单位或其最近上级的设置，否则为默认值）'),
  entries: z.array(
    z.object({ id: z.string(), paidOn: z.string(), amount: z.int().describe('分'), note: z.string(), source: z.enum(['manual', 'import']), importFile: z.string().nullable(), createdBy: z.string(), createdAt: z.string() }),
  ),
  curve: z.array(z.object({ month: z.int(), executed: z.int(), rate: z.number().nullable(), plannedShare: z.number().nullable(), timeProgress: z.number() })),
  checkpoints: z.array(
    z.object({
      month: z.int(),
      asOf: z.string(),
      state: z.enum(['pending', 'open', 'recorded']),
      version: z.int().describe('保存时回传；尚未填报为 0'),
      executed: z.int(),
      execution: executionSchema.nullable(),
      executionDeviation: deviationSchema.nullable(),
      light: lightSchema.nullable(),
      problems: z.array(z.object({ key: z.string(), message: z.string() })),
      indicators: z.array(
        z.object({
          index: z.int(),
          name: z.string(),
          targetText: z.string().nullable(),
          progressText: z.string().nullable(),
          forecastText: z.string().nullable(),
          progress: indicatorProgressSchema.nullable(),
          deviation: deviationSchema.nullable(),
        }),
      ),
    }),
  ),
});
