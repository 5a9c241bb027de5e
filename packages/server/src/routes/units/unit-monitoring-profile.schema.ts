import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';

export const monitoringProfileSchema = z.strictObject({
  executionYellowPoints: z.number().describe('R-MON-05：执行率落后序时进度（或计划）超过多少个百分点为黄灯'),
  executionRedPoints: z.number().describe('超过多少个百分点为红灯（须大于黄灯阈值）'),
  timeBasis: z.enum(['daily', 'monthly', 'quarterly']).describe('序时进度：按日 / 按月（月/12）/ 按季度节点 25/50/75/100%'),
  indicatorBands: z
    .strictObject({ red: z.number(), yellow: z.number(), blue: z.number() })
    .describe('R-MON-04：完成值/序时目标 a/s 低于 red 红灯，低于 yellow 黄灯，低于 blue 绿灯，否则蓝灯（0 < red < yellow < 1 < blue）'),
});

const sourceSchema = z.object({ unitId: z.string(), unitName: z.string() }).nullable().describe('生效阈值来自哪个单位；null 为规则默认值');
export const effectiveMonitoringProfileSchema = z.object({ profile: monitoringProfileSchema, source: sourceSchema });

export const unitMonitoringProfileSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  version: z.int().describe('本单位自设阈值的版本，保存时回传；未自设为 0'),
  own: monitoringProfileSchema.nullable().describe('本单位自设的阈值（null：沿用上级或默认值）'),
  ownUpdatedBy: z.string().nullable(),
  ownUpdatedAt: z.string().nullable(),
  effective: effectiveMonitoringProfileSchema,
  defaults: monitoringProfileSchema,
  editable: z.boolean().describe('当前用户能否修改本单位的阈值'),
});

export const getUnitMonitoringProfileSchema = { params: idParamsSchema, response: { 200: unitMonitoringProfileSchema } };

export const saveUnitMonitoringProfileSchema = {
  params: idParamsSchema,
  body: z.strictObject({
    version: z.int().min(0).describe('读取到的版本；首次设置为 0'),
    profile: monitoringProfileSchema.nullable().describe('null：取消本单位的设置，改用上级单位或默认值'),
  }),
  response: { 200: unitMonitoringProfileSchema },
};
