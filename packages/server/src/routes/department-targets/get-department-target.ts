import { getVisibleDepartmentTarget } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { getDepartmentTargetSchema } from './get-department-target.schema';

/** GET /api/department-targets/:id: one department target's document. */
export const getDepartmentTargetRoute = defineRoute({
  method: 'GET',
  url: '/api/department-targets/:id',
  access: 'session',
  summary: '部门整体绩效目标详情',
  tags: ['department-targets'],
  schema: getDepartmentTargetSchema,
  async handler(request, _reply, ctx) {
    const t = await getVisibleDepartmentTarget(ctx.db, actorOf(request), request.params.id);
    return { id: t.id, version: t.version, unitId: t.unitId, unitName: t.unitName, target: t.target };
  },
});
