import { buildLibraryDashboard } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { getLibraryDashboardSchema } from './get-library-dashboard.schema';

/** GET /api/library/dashboard: funds, grades, findings and indicators over the projects the user sees. */
export const getLibraryDashboardRoute = defineRoute({
  method: 'GET',
  url: '/api/library/dashboard',
  access: 'session',
  summary: '指标库统计看板',
  tags: ['library'],
  schema: getLibraryDashboardSchema,
  async handler(request, _reply, ctx) {
    return buildLibraryDashboard(ctx.db, actorOf(request));
  },
});
