import { addComment } from '@jixiao/app';
import { toCommentView } from '../../mappers/to-comment-view';
import { actorOf, defineRoute } from '../../route-definition';
import { addCommentSchema } from './add-comment.schema';

/** POST /api/projects/:id/comments: a comment on the project or one indicator. */
export const addCommentRoute = defineRoute({
  method: 'POST',
  url: '/api/projects/:id/comments',
  access: 'session',
  summary: '发表意见',
  tags: ['projects'],
  schema: addCommentSchema,
  async handler(request, reply, ctx) {
    const comment = await addComment(ctx.db, actorOf(request), request.params.id, request.body);
    reply.code(201);
    return toCommentView(comment);
  },
});
