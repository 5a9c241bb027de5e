import { getSelfEvaluationView } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { getSelfEvaluationSchema } from './get-self-evaluation.schema';

/** GET /api/projects/:id/self-evaluation: actuals, scores with formulas, total, grade and findings. */
export const getSelfEvaluationRoute = defineRoute({
  method: 'GET',
  url: '/api/projects/:id/self-evaluation',
  access: 'session',
  summary: '绩效自评（含计分公式、总分、等级和问题）',
  tags: ['self-evaluation'],
  schema: getSelfEvaluationSchema,
  async handler(request, _reply, ctx) {
    return getSelfEvaluationView(ctx.db, actorOf(request), request.params.id);
  },
});
