import { overrideIndicatorScore } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { overrideScoreSchema } from './override-score.schema';

/** POST /api/projects/:id/self-evaluation/overrides: a reviewer's score override with its reason (audited). */
export const overrideScoreRoute = defineRoute({
  method: 'POST',
  url: '/api/projects/:id/self-evaluation/overrides',
  access: 'session',
  summary: '审核调整指标得分（须填写理由，记入审计日志）',
  tags: ['self-evaluation'],
  schema: overrideScoreSchema,
  async handler(request, _reply, ctx) {
    return overrideIndicatorScore(ctx.db, actorOf(request), request.params.id, request.body);
  },
});
