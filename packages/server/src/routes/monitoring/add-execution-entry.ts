import { addExecutionEntry } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { addExecutionEntrySchema } from './add-execution-entry.schema';

/** POST /api/projects/:id/monitoring/entries: one typed-in payment (执行数). */
export const addExecutionEntryRoute = defineRoute({
  method: 'POST',
  url: '/api/projects/:id/monitoring/entries',
  access: 'session',
  summary: '录入支出（执行数）',
  tags: ['monitoring'],
  schema: addExecutionEntrySchema,
  async handler(request, reply, ctx) {
    const entry = await addExecutionEntry(ctx.db, actorOf(request), request.params.id, request.body);
    reply.code(201);
    return entry;
  },
});
