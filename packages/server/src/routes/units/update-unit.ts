import { changeUnit } from '@jixiao/app';
import { toUnitView } from '../../mappers/to-unit-view';
import { actorOf, defineRoute } from '../../route-definition';
import { updateUnitSchema } from './update-unit.schema';

/** PATCH /api/units/:id (admin): rename, recode or move. */
export const updateUnitRoute = defineRoute({
  method: 'PATCH',
  url: '/api/units/:id',
  access: 'session',
  summary: '修改单位（管理员）',
  tags: ['units'],
  schema: updateUnitSchema,
  async handler(request, _reply, ctx) {
    const { code, name, parentId } = request.body;
    const unit = await changeUnit(ctx.db, actorOf(request), request.params.id, {
      ...(code !== undefined ? { code } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(parentId !== undefined ? { parentId } : {}),
    });
    return toUnitView(unit);
  },
});
