import { changeAccount, listVisibleUnits } from '@jixiao/app';
import { toAdminUser } from '../../mappers/to-user-view';
import { actorOf, defineRoute } from '../../route-definition';
import { updateUserSchema } from './update-user.schema';

/** PATCH /api/users/:id (admin): name, role, unit, password, lock/unlock. */
export const updateUserRoute = defineRoute({
  method: 'PATCH',
  url: '/api/users/:id',
  access: 'session',
  summary: '修改账户（管理员）',
  tags: ['users'],
  schema: updateUserSchema,
  async handler(request, _reply, ctx) {
    const actor = actorOf(request);
    const b = request.body;
    const user = await changeAccount(ctx.db, actor, ctx.hasher, request.params.id, {
      ...(b.displayName !== undefined ? { displayName: b.displayName } : {}),
      ...(b.role !== undefined ? { role: b.role } : {}),
      ...(b.unitId !== undefined ? { unitId: b.unitId } : {}),
      ...(b.password !== undefined ? { password: b.password } : {}),
      ...(b.locked !== undefined ? { locked: b.locked } : {}),
    });
    if (b.locked === false) ctx.throttle.reset(`user:${user.username.toLowerCase()}`);
    return toAdminUser(user, await listVisibleUnits(ctx.db, actor));
  },
});
