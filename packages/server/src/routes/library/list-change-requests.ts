import { listCuratedChanges } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { listChangeRequestsSchema } from './list-change-requests.schema';

/** GET /api/library/change-requests (admin, auditor): change requests, newest first. */
export const listChangeRequestsRoute = defineRoute({
  method: 'GET',
  url: '/api/library/change-requests',
  access: 'session',
  summary: '规范条目变更申请',
  tags: ['library'],
  schema: listChangeRequestsSchema,
  async handler(request, _reply, ctx) {
    const { entryId, status } = request.query;
    return listCuratedChanges(ctx.db, actorOf(request), { ...(entryId ? { entryId } : {}), ...(status ? { status } : {}) });
  },
});
