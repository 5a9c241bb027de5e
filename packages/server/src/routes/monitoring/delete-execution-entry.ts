import { removeExecutionEntry } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { deleteExecutionEntrySchema } from './delete-execution-entry.schema';

/** DELETE /api/projects/:id/monitoring/entries/:entryId. */
export const deleteExecutionEntryRoute = defineRoute({
  method: 'DELETE',
  url: '/api/projects/:id/monitoring/entries/:entryId',
  access: 'session',
  summary: '删除一笔支出',
  tags: ['monitoring'],
  schema: deleteExecutionEntrySchema,
  async handler(request, reply, ctx) {
    await removeExecutionEntry(ctx.db, actorOf(request), request.params.id, request.params.entryId);
    return reply.code(204).send();
  },
});
