import { summarizeSelfEvaluations } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { summarizeSelfEvaluationsSchema } from './summarize-self-evaluations.schema';

/** GET /api/self-evaluations/summary: score and grade distribution of the visible projects' self-evaluations. */
export const summarizeSelfEvaluationsRoute = defineRoute({
  method: 'GET',
  url: '/api/self-evaluations/summary',
  access: 'session',
  summary: '绩效自评汇总（得分与等级分布）',
  tags: ['self-evaluation'],
  schema: summarizeSelfEvaluationsSchema,
  async handler(request, _reply, ctx) {
    return summarizeSelfEvaluations(ctx.db, actorOf(request), request.query);
  },
});
