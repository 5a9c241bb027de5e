import { setUnitPublication } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { setPublicationSchema } from './set-publication.schema';

/** PUT /api/library/publications/:unitId (admin): publish a unit's indicators to every unit, or withdraw. */
export const setPublicationRoute = defineRoute({
  method: 'PUT',
  url: '/api/library/publications/:unitId',
  access: 'session',
  summary: '向所有单位公开（或撤回）某单位的指标（管理员）',
  tags: ['library'],
  schema: setPublicationSchema,
  async handler(request, _reply, ctx) {
    return setUnitPublication(ctx.db, actorOf(request), request.params.unitId, request.body.published);
  },
});
