import { suggestForProject } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { suggestForProjectSchema } from './suggest-for-project.schema';

/** GET /api/library/projects/:id/suggestions: suggestions for a stored project the user may see. */
export const suggestForProjectRoute = defineRoute({
  method: 'GET',
  url: '/api/library/projects/:id/suggestions',
  access: 'session',
  summary: '为已保存的项目推荐绩效指标',
  tags: ['library'],
  schema: suggestForProjectSchema,
  async handler(request, _reply, ctx) {
    return { suggestions: await suggestForProject(ctx.db, actorOf(request), request.params.id) };
  },
});
