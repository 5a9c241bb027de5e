import { listAudit } from '@jixiao/app';
import { toAuditEntryView } from '../../mappers/to-audit-entry-view';
import { actorOf, defineRoute } from '../../route-definition';
import { listAuditSchema } from './list-audit.schema';

/** GET /api/audit (admin, auditor): entries newest first. */
export const listAuditRoute = defineRoute({
  method: 'GET',
  url: '/api/audit',
  access: 'session',
  summary: '审计日志（管理员、审计）',
  tags: ['audit'],
  schema: listAuditSchema,
  async handler(request, _reply, ctx) {
    const { entity, entityId, limit } = request.query;
    const entries = await listAudit(ctx.db, actorOf(request), {
      ...(entity !== undefined ? { entity } : {}),
      ...(entityId !== undefined ? { entityId } : {}),
      limit,
    });
    return entries.map(toAuditEntryView);
  },
});
