import { listPublishedUnits } from '@jixiao/app';
import { defineRoute } from '../../route-definition';
import { listPublicationsSchema } from './list-publications.schema';

/** GET /api/library/publications: units whose indicators are published to every unit. */
export const listPublicationsRoute = defineRoute({
  method: 'GET',
  url: '/api/library/publications',
  access: 'session',
  summary: '已向所有单位公开指标的单位',
  tags: ['library'],
  schema: listPublicationsSchema,
  async handler(_request, _reply, ctx) {
    return listPublishedUnits(ctx.db);
  },
});
