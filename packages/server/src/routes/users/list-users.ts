import { listAccounts, listVisibleUnits } from '@jixiao/app';
import { toAdminUser } from '../../mappers/to-user-view';
import { actorOf, defineRoute } from '../../route-definition';
import { listUsersSchema } from './list-users.schema';

/** GET /api/users (admin). */
export const listUsersRoute = defineRoute({
  method: 'GET',
  url: '/api/users',
  access: 'session',
  summary: '账户列表（管理员）',
  tags: ['users'],
  schema: listUsersSchema,
  async handler(request, _reply, ctx) {
    const actor = actorOf(request);
    const users = await listAccounts(ctx.db, actor);
    const units = await listVisibleUnits(ctx.db, actor);
    return users.map((u) => toAdminUser(u, units));
  },
});
