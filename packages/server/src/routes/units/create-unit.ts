import { createUnit } from '@jixiao/app';
import { toUnitView } from '../../mappers/to-unit-view';
import { actorOf, defineRoute } from '../../route-definition';
import { createUnitSchema } from './create-unit.schema';

/** POST /api/units (admin). */
export const createUnitRoute = defineRoute({
  method: 'POST',
  url: '/api/units',
  access: 'session',
  summary: '新建单位（管理员）',
  tags: ['units'],
  schema: createUnitSchema,
  async handler(request, reply, ctx) {
    const unit = await createUnit(ctx.db, actorOf(request), request.body);
    reply.code(201);
    return toUnitView(unit);
  },
});
