import { logIn } from '@jixiao/app';
import { SESSION_COOKIE } from '../../authenticate-request';
import { toUserFromActor } from '../../mappers/to-user-view';
import { defineRoute } from '../../route-definition';
import { logInSchema } from './log-in.schema';

/** POST /api/auth/login: a new session (the old one, if any, is deleted) and its CSRF token. */
export const logInRoute = defineRoute({
  method: 'POST',
  url: '/api/auth/login',
  access: 'public',
  csrfExempt: true,
  summary: '登录',
  tags: ['auth'],
  schema: logInSchema,
  async handler(request, reply, ctx) {
    const result = await logIn(
      ctx.db,
      { hasher: ctx.hasher, throttle: ctx.throttle, sessionTtlMs: ctx.config.sessionTtlMs, dummyHash: ctx.dummyHash },
      {
        username: request.body.username,
        password: request.body.password,
        ip: request.ip,
        ...(request.cookies.jx_sid ? { previousToken: request.cookies.jx_sid } : {}),
      },
    );
    reply.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.secureCookies,
      path: '/',
      expires: new Date(result.expiresAt),
    });
    return { user: toUserFromActor(result.actor), csrfToken: result.csrfToken };
  },
});
