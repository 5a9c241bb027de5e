import { logOut } from '@jixiao/app';
import { SESSION_COOKIE } from '../../authenticate-request';
import { actorOf, defineRoute } from '../../route-definition';
import { logOutSchema } from './log-out.schema';

/** POST /api/auth/logout: deletes the session server-side and clears the cookie. */
export const logOutRoute = defineRoute({
  method: 'POST',
  url: '/api/auth/logout',
  access: 'session',
  summary: '退出登录',
  tags: ['auth'],
  schema: logOutSchema,
  async handler(request, reply, ctx) {
    await logOut(ctx.db, actorOf(request), request.sessionToken ?? '');
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: ctx.config.secureCookies });
    return reply.code(204).send();
  },
});
