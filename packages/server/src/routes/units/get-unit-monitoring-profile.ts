import { getUnitMonitoringProfile } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { toUnitMonitoringProfileJson } from './to-unit-monitoring-profile-json';
import { getUnitMonitoringProfileSchema } from './unit-monitoring-profile.schema';

/** GET /api/units/:id/monitoring-profile: the unit's own and effective 双监控 thresholds and where they come from. */
export const getUnitMonitoringProfileRoute = defineRoute({
  method: 'GET',
  url: '/api/units/:id/monitoring-profile',
  access: 'session',
  summary: '单位的监控预警阈值（本级设置与生效来源）',
  tags: ['units', 'monitoring'],
  schema: getUnitMonitoringProfileSchema,
  async handler(request, _reply, ctx) {
    return toUnitMonitoringProfileJson(await getUnitMonitoringProfile(ctx.db, actorOf(request), request.params.id));
  },
});
