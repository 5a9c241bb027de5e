import { verifyAudit } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { verifyAuditSchema } from './verify-audit.schema';

/** GET /api/audit/verify (admin, auditor): walks the hash chain. */
export const verifyAuditRoute = defineRoute({
  method: 'GET',
  url: '/api/audit/verify',
  access: 'session',
  summary: '校验审计日志哈希链',
  tags: ['audit'],
  schema: verifyAuditSchema,
  async handler(request, _reply, ctx) {
    return verifyAudit(ctx.db, actorOf(request));
  },
});
