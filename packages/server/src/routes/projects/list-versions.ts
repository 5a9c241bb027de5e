import { listVisibleVersions } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { listVersionsSchema } from './list-versions.schema';

/** GET /api/projects/:id/versions: every saved version, oldest first. */
export const listVersionsRoute = defineRoute({
  method: 'GET',
  url: '/api/projects/:id/versions',
  access: 'session',
  summary: '版本历史',
  tags: ['projects'],
  schema: listVersionsSchema,
  async handler(request, _reply, ctx) {
    const versions = await listVisibleVersions(ctx.db, actorOf(request), request.params.id);
    return versions.map((v) => ({ version: v.version, status: v.status, changedBy: v.changedBy, changedAt: v.changedAt, changeNote: v.changeNote }));
  },
});
