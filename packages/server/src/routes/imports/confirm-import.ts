import { confirmImport } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { confirmImportSchema } from './confirm-import.schema';

/** POST /api/imports/:token/confirm: stores the previewed document in one transaction. */
export const confirmImportRoute = defineRoute({
  method: 'POST',
  url: '/api/imports/:token/confirm',
  access: 'session',
  summary: '确认导入（一个事务）',
  tags: ['imports'],
  schema: confirmImportSchema,
  async handler(request, _reply, ctx) {
    const r = await confirmImport(ctx.db, ctx.importTokens, actorOf(request), request.params.token);
    return { batchId: r.batchId, created: r.created, updated: r.updated, unchanged: r.unchanged, projectIds: [...r.projectIds] };
  },
});
