import { saveMonitoringPlan } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { saveMonitoringPlanSchema } from './save-monitoring-plan.schema';

/** PUT /api/projects/:id/monitoring/plan: the monitoring spending plan (stale version → 409). */
export const saveMonitoringPlanRoute = defineRoute({
  method: 'PUT',
  url: '/api/projects/:id/monitoring/plan',
  access: 'session',
  summary: '保存资金支出计划（监控用）',
  tags: ['monitoring'],
  schema: saveMonitoringPlanSchema,
  async handler(request, _reply, ctx) {
    const plan = await saveMonitoringPlan(ctx.db, actorOf(request), request.params.id, request.body);
    return { version: plan.version, fiscalYear: plan.fiscalYear, checkpoints: [...plan.checkpoints] };
  },
});
