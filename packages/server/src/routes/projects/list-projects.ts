import { listVisibleProjects } from '@jixiao/app';
import { toProjectRow } from '../../mappers/to-project-row';
import { actorOf, defineRoute } from '../../route-definition';
import { toListQuery } from '../../schemas/project-list-query.schema';
import { listProjectsSchema } from './list-projects.schema';

/**
 * A search or category filter over a province counts at most this many matches (the list then says
 * "1000+"); list, filter and dashboard totals are always exact (rollups, migration 0010).
 */
export const LIST_COUNT_UP_TO = 1000;

/** GET /api/projects: the visible projects, filtered, sorted, paged, with totals. */
export const listProjectsRoute = defineRoute({
  method: 'GET',
  url: '/api/projects',
  access: 'session',
  summary: '项目列表（含筛选、检索与资金合计）',
  tags: ['projects'],
  schema: listProjectsSchema,
  async handler(request, _reply, ctx) {
    const page = await listVisibleProjects(ctx.readDb, actorOf(request), { ...toListQuery(request.query), countUpTo: LIST_COUNT_UP_TO });
    return { rows: page.rows.map(toProjectRow), total: page.total, fundsTotal: page.fundsTotal, totalIsLowerBound: page.totalIsLowerBound };
  },
});
