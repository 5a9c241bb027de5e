import { getMonitoringOverview } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { getMonitoringOverviewSchema } from './get-monitoring-overview.schema';

/** GET /api/monitoring/overview: projects × checkpoints light matrix and the summed execution curve. */
export const getMonitoringOverviewRoute = defineRoute({
  method: 'GET',
  url: '/api/monitoring/overview',
  access: 'session',
  summary: '运行监控总览（红绿灯矩阵与执行曲线）',
  tags: ['monitoring'],
  schema: getMonitoringOverviewSchema,
  async handler(request, _reply, ctx) {
    const { unitId, fiscalYear, limit } = request.query;
    const o = await getMonitoringOverview(ctx.db, actorOf(request), { limit, ...(unitId ? { unitId } : {}), ...(fiscalYear ? { fiscalYear } : {}) });
    return { ...o, months: [...o.months], curve: [...o.curve], rows: o.rows.map((r) => ({ ...r, lights: Object.fromEntries(Object.entries(r.lights)) })) };
  },
});
