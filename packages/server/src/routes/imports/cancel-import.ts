import { cancelImport } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { cancelImportSchema } from './cancel-import.schema';

/** DELETE /api/imports/:token: drops the preview; nothing was written. */
export const cancelImportRoute = defineRoute({
  method: 'DELETE',
  url: '/api/imports/:token',
  access: 'session',
  summary: '取消导入',
  tags: ['imports'],
  schema: cancelImportSchema,
  async handler(request, reply, ctx) {
    cancelImport(ctx.importTokens, actorOf(request), request.params.token);
    return reply.code(204).send();
  },
});
