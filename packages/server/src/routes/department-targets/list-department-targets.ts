import { listVisibleDepartmentTargets } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { listDepartmentTargetsSchema } from './list-department-targets.schema';

/** GET /api/department-targets: 部门整体支出绩效目标 in the user's units. */
export const listDepartmentTargetsRoute = defineRoute({
  method: 'GET',
  url: '/api/department-targets',
  access: 'session',
  summary: '部门整体绩效目标列表',
  tags: ['department-targets'],
  schema: listDepartmentTargetsSchema,
  async handler(request, _reply, ctx) {
    const { unitId, year } = request.query;
    const rows = await listVisibleDepartmentTargets(ctx.readDb, actorOf(request), {
      ...(unitId !== undefined ? { unitId } : {}),
      ...(year !== undefined ? { fiscalYear: year } : {}),
    });
    return rows.map((r) => ({ ...r }));
  },
});
