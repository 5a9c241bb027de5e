import { benchmarkVisibleProject } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { benchmarkProjectSchema } from './benchmark-project.schema';

/** GET /api/library/projects/:id/benchmark: the project against comparable projects of other units. */
export const benchmarkProjectRoute = defineRoute({
  method: 'GET',
  url: '/api/library/projects/:id/benchmark',
  access: 'session',
  summary: '同类项目横向比较（资金、单位成本、目标值）',
  tags: ['library'],
  schema: benchmarkProjectSchema,
  async handler(request, _reply, ctx) {
    return benchmarkVisibleProject(ctx.db, actorOf(request), request.params.id);
  },
});
