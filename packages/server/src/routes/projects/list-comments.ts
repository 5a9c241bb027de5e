import { listComments } from '@jixiao/app';
import { toCommentView } from '../../mappers/to-comment-view';
import { actorOf, defineRoute } from '../../route-definition';
import { listCommentsSchema } from './list-comments.schema';

/** GET /api/projects/:id/comments: review comments, oldest first. */
export const listCommentsRoute = defineRoute({
  method: 'GET',
  url: '/api/projects/:id/comments',
  access: 'session',
  summary: '审核意见与评论',
  tags: ['projects'],
  schema: listCommentsSchema,
  async handler(request, _reply, ctx) {
    return (await listComments(ctx.db, actorOf(request), request.params.id)).map(toCommentView);
  },
});
