import { listCuratedEntries } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { listEntriesSchema } from './list-entries.schema';

/** GET /api/library/entries: curated entries (drafts only for administrators and auditors). */
export const listEntriesRoute = defineRoute({
  method: 'GET',
  url: '/api/library/entries',
  access: 'session',
  summary: '指标库规范条目',
  tags: ['library'],
  schema: listEntriesSchema,
  async handler(request, _reply, ctx) {
    return listCuratedEntries(ctx.db, actorOf(request));
  },
});
