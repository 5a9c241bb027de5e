import { createCuratedEntry } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { createEntrySchema } from './create-entry.schema';

/** POST /api/library/entries (admin): a new curated entry in draft. */
export const createEntryRoute = defineRoute({
  method: 'POST',
  url: '/api/library/entries',
  access: 'session',
  summary: '新建指标库规范条目（管理员）',
  tags: ['library'],
  schema: createEntrySchema,
  async handler(request, reply, ctx) {
    const entry = await createCuratedEntry(ctx.db, actorOf(request), { ...request.body, clusterId: request.body.clusterId ?? null });
    reply.code(201);
    return entry;
  },
});
