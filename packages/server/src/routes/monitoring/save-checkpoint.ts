import { saveCheckpointProgress } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { saveCheckpointSchema } from './save-checkpoint.schema';

/** PUT /api/projects/:id/monitoring/checkpoints/:month: indicator progress and deviations (stale version → 409). */
export const saveCheckpointRoute = defineRoute({
  method: 'PUT',
  url: '/api/projects/:id/monitoring/checkpoints/:month',
  access: 'session',
  summary: '保存监控节点的指标进度与偏差说明',
  tags: ['monitoring'],
  schema: saveCheckpointSchema,
  async handler(request, _reply, ctx) {
    const saved = await saveCheckpointProgress(ctx.db, actorOf(request), request.params.id, request.params.month, request.body);
    return { month: saved.month, version: saved.version, updatedAt: saved.updatedAt };
  },
});
