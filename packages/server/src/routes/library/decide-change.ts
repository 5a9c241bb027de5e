import { decideCuratedChange } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { decideChangeSchema } from './decide-change.schema';

/** POST /api/library/change-requests/:id/decision (an administrator other than the requester): approve or reject. */
export const decideChangeRoute = defineRoute({
  method: 'POST',
  url: '/api/library/change-requests/:id/decision',
  access: 'session',
  summary: '审批变更申请（另一位管理员）',
  tags: ['library'],
  schema: decideChangeSchema,
  async handler(request, _reply, ctx) {
    return decideCuratedChange(ctx.db, actorOf(request), request.params.id, { approve: request.body.approve, note: request.body.note ?? null });
  },
});
