import { saveSelfEvaluationActuals } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { saveSelfEvaluationSchema } from './save-self-evaluation.schema';

/** PUT /api/projects/:id/self-evaluation: saves the year-end actuals (stale version → 409). */
export const saveSelfEvaluationRoute = defineRoute({
  method: 'PUT',
  url: '/api/projects/:id/self-evaluation',
  access: 'session',
  summary: '保存绩效自评（实际完成值、偏差原因、预算执行）',
  tags: ['self-evaluation'],
  schema: saveSelfEvaluationSchema,
  async handler(request, _reply, ctx) {
    return saveSelfEvaluationActuals(ctx.db, actorOf(request), request.params.id, request.body);
  },
});
