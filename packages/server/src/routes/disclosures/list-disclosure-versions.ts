import { listVisibleDisclosureVersions } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { listDisclosureVersionsSchema } from './list-disclosure-versions.schema';

/** GET /api/disclosures/:id/versions: every saved version, newest first (published ones are frozen). */
export const listDisclosureVersionsRoute = defineRoute({
  method: 'GET',
  url: '/api/disclosures/:id/versions',
  access: 'session',
  summary: '部门预算公开版本',
  tags: ['disclosures'],
  schema: listDisclosureVersionsSchema,
  async handler(request, _reply, ctx) {
    const versions = await listVisibleDisclosureVersions(ctx.db, actorOf(request), request.params.id);
    return versions.map(({ disclosureId: _id, ...v }) => v);
  },
});
