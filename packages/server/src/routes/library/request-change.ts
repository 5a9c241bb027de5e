import { requestCuratedChange } from '@jixiao/app';
import type { LibraryEntryFields } from '@jixiao/storage';
import { actorOf, defineRoute } from '../../route-definition';
import { requestChangeSchema } from './request-change.schema';

/** POST /api/library/entries/:id/change-requests (admin): asks to change a published entry, with a reason. */
export const requestChangeRoute = defineRoute({
  method: 'POST',
  url: '/api/library/entries/:id/change-requests',
  access: 'session',
  summary: '提交已发布条目的变更申请（管理员）',
  tags: ['library'],
  schema: requestChangeSchema,
  async handler(request, reply, ctx) {
    const { version, changes, reason } = request.body;
    const created = await requestCuratedChange(ctx.db, actorOf(request), request.params.id, { version, changes: changes as Partial<LibraryEntryFields>, reason });
    reply.code(201);
    return created;
  },
});
