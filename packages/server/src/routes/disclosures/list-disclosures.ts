import { listVisibleDepartments, listVisibleDisclosures } from '@jixiao/app';
import { toDisclosureSummaryView } from '../../mappers/to-disclosure-workspace-view';
import { actorOf, defineRoute } from '../../route-definition';
import { listDisclosuresSchema } from './list-disclosures.schema';

/** GET /api/disclosures: the departments the user may open and their disclosures (部门预算公开). */
export const listDisclosuresRoute = defineRoute({
  method: 'GET',
  url: '/api/disclosures',
  access: 'session',
  summary: '部门预算公开列表',
  tags: ['disclosures'],
  schema: listDisclosuresSchema,
  async handler(request, _reply, ctx) {
    const actor = actorOf(request);
    const { unitId, year } = request.query;
    const [departments, disclosures] = await Promise.all([
      listVisibleDepartments(ctx.db, actor),
      listVisibleDisclosures(ctx.db, actor, { ...(unitId !== undefined ? { unitId } : {}), ...(year !== undefined ? { fiscalYear: year } : {}) }),
    ]);
    return { departments: departments.map((d) => ({ id: d.id, code: d.code, name: d.name })), disclosures: disclosures.map(toDisclosureSummaryView) };
  },
});
