import { toUserFromActor } from '../../mappers/to-user-view';
import { actorOf, defineRoute } from '../../route-definition';
import { getMeSchema } from './get-me.schema';

/** GET /api/auth/me: the signed-in user and the session's CSRF token (401 without a session). */
export const getMeRoute = defineRoute({
  method: 'GET',
  url: '/api/auth/me',
  access: 'session',
  summary: '当前用户',
  tags: ['auth'],
  schema: getMeSchema,
  async handler(request) {
    return { user: toUserFromActor(actorOf(request)), csrfToken: request.session?.csrfToken ?? '' };
  },
});
