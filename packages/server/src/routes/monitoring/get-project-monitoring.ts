import { getProjectMonitoring } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { getProjectMonitoringSchema } from './get-project-monitoring.schema';
import { toMonitoringJson } from './to-monitoring-json';

/** GET /api/projects/:id/monitoring: 双监控 of a project (plan, entries, curve, lights per checkpoint). */
export const getProjectMonitoringRoute = defineRoute({
  method: 'GET',
  url: '/api/projects/:id/monitoring',
  access: 'session',
  summary: '项目运行监控（双监控）',
  tags: ['monitoring'],
  schema: getProjectMonitoringSchema,
  async handler(request, _reply, ctx) {
    return toMonitoringJson(await getProjectMonitoring(ctx.db, actorOf(request), request.params.id));
  },
});
