import { publishCuratedEntry } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { publishEntrySchema } from './publish-entry.schema';

/** POST /api/library/entries/:id/publish (admin): publishes a draft entry (locked from then on). */
export const publishEntryRoute = defineRoute({
  method: 'POST',
  url: '/api/library/entries/:id/publish',
  access: 'session',
  summary: '发布规范条目（管理员）',
  tags: ['library'],
  schema: publishEntrySchema,
  async handler(request, _reply, ctx) {
    return publishCuratedEntry(ctx.db, actorOf(request), request.params.id, request.body.version);
  },
});
