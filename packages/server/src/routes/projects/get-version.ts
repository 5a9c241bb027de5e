import { getVisibleVersion } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { getVersionSchema } from './get-version.schema';

/** GET /api/projects/:id/versions/:version: one saved version's document. */
export const getVersionRoute = defineRoute({
  method: 'GET',
  url: '/api/projects/:id/versions/:version',
  access: 'session',
  summary: '某一版本的内容',
  tags: ['projects'],
  schema: getVersionSchema,
  async handler(request, _reply, ctx) {
    const v = await getVisibleVersion(ctx.db, actorOf(request), request.params.id, request.params.version);
    return { version: v.version, status: v.status, changedBy: v.changedBy, changedAt: v.changedAt, changeNote: v.changeNote, project: v.project };
  },
});
