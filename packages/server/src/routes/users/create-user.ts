import { createAccount, listVisibleUnits } from '@jixiao/app';
import { toAdminUser } from '../../mappers/to-user-view';
import { actorOf, defineRoute } from '../../route-definition';
import { createUserSchema } from './create-user.schema';

/** POST /api/users (admin). */
export const createUserRoute = defineRoute({
  method: 'POST',
  url: '/api/users',
  access: 'session',
  summary: '新建账户（管理员）',
  tags: ['users'],
  schema: createUserSchema,
  async handler(request, reply, ctx) {
    const actor = actorOf(request);
    const user = await createAccount(ctx.db, actor, ctx.hasher, request.body);
    reply.code(201);
    return toAdminUser(user, await listVisibleUnits(ctx.db, actor));
  },
});
