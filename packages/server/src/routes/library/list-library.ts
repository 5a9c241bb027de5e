import { listLibraryClusters } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { listLibrarySchema } from './list-library.schema';

/** GET /api/library: the indicator library (clusters with statistics) as the user may see it. */
export const listLibraryRoute = defineRoute({
  method: 'GET',
  url: '/api/library',
  access: 'session',
  summary: '指标库（相近指标已合并，含典型值与使用统计）',
  tags: ['library'],
  schema: listLibrarySchema,
  async handler(request, _reply, ctx) {
    const { q, level1, level2, limit, offset } = request.query;
    return listLibraryClusters(ctx.db, actorOf(request), { limit, offset, ...(q ? { q } : {}), ...(level1 ? { level1 } : {}), ...(level2 ? { level2 } : {}) });
  },
});
