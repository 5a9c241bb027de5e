import { transitionProject } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { transitionProjectSchema } from './transition-project.schema';

/** POST /api/projects/:id/transitions: one step of the workflow table (audited). */
export const transitionProjectRoute = defineRoute({
  method: 'POST',
  url: '/api/projects/:id/transitions',
  access: 'session',
  summary: '流转（提交、审核、退回、不通过、申请调整）',
  tags: ['projects'],
  schema: transitionProjectSchema,
  async handler(request, _reply, ctx) {
    const { version, action, outcome, comment, reason } = request.body;
    const updated = await transitionProject(ctx.db, actorOf(request), request.params.id, {
      version,
      action,
      ...(outcome !== undefined ? { outcome } : {}),
      ...(comment !== undefined ? { comment } : {}),
      ...(reason !== undefined ? { reason } : {}),
    });
    return { id: updated.id, version: updated.version, status: updated.status };
  },
});
