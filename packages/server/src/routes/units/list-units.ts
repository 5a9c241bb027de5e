import { listVisibleUnits } from '@jixiao/app';
import { toUnitView } from '../../mappers/to-unit-view';
import { actorOf, defineRoute } from '../../route-definition';
import { listUnitsSchema } from './list-units.schema';

/** GET /api/units: the units the user may see, flat (parentId builds the tree). */
export const listUnitsRoute = defineRoute({
  method: 'GET',
  url: '/api/units',
  access: 'session',
  summary: '单位列表',
  tags: ['units'],
  schema: listUnitsSchema,
  async handler(request, _reply, ctx) {
    return (await listVisibleUnits(ctx.db, actorOf(request))).map(toUnitView);
  },
});
