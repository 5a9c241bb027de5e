import { saveUnitMonitoringProfile } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { toUnitMonitoringProfileJson } from './to-unit-monitoring-profile-json';
import { saveUnitMonitoringProfileSchema } from './unit-monitoring-profile.schema';

/** PUT /api/units/:id/monitoring-profile (admin; finance reviewer in scope): set or remove the unit's thresholds. */
export const saveUnitMonitoringProfileRoute = defineRoute({
  method: 'PUT',
  url: '/api/units/:id/monitoring-profile',
  access: 'session',
  summary: '设置单位的监控预警阈值（下级单位沿用，除非自设）',
  tags: ['units', 'monitoring'],
  schema: saveUnitMonitoringProfileSchema,
  async handler(request, _reply, ctx) {
    return toUnitMonitoringProfileJson(await saveUnitMonitoringProfile(ctx.db, actorOf(request), request.params.id, request.body));
  },
});
