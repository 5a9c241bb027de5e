import { listReviewQueue } from '@jixiao/app';
import { toProjectRow } from '../../mappers/to-project-row';
import { actorOf, defineRoute } from '../../route-definition';
import { toListQuery } from '../../schemas/project-list-query.schema';
import { listReviewQueueSchema } from './list-review-queue.schema';

/** GET /api/review-queue: what waits for the current reviewer (oldest first). */
export const listReviewQueueRoute = defineRoute({
  method: 'GET',
  url: '/api/review-queue',
  access: 'session',
  summary: '待审核项目',
  tags: ['review'],
  schema: listReviewQueueSchema,
  async handler(request, _reply, ctx) {
    const q = request.query;
    const page = await listReviewQueue(ctx.readDb, actorOf(request), {
      ...toListQuery(q),
      ...(q.sort === 'updatedAt:desc' ? { sort: { field: 'updatedAt', direction: 'asc' } } : {}),
    });
    return { rows: page.rows.map(toProjectRow), total: page.total, fundsTotal: page.fundsTotal, totalIsLowerBound: page.totalIsLowerBound };
  },
});
