import { importPayments } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { readUpload } from '../self-evaluation/read-upload';
import { importPaymentsSchema } from './import-payments.schema';

/**
 * POST /api/projects/:id/monitoring/payments (multipart `file`, CSV or XLSX): imports a payments list as execution
 * entries; `?preview=true` only reads it. A file with any unreadable row is refused whole (400, issues in details).
 */
export const importPaymentsRoute = defineRoute({
  method: 'POST',
  url: '/api/projects/:id/monitoring/payments',
  access: 'session',
  summary: '导入支付明细（CSV/Excel）',
  tags: ['monitoring'],
  schema: importPaymentsSchema,
  async handler(request, _reply, ctx) {
    const file = await readUpload(request);
    const result = await importPayments(ctx.db, actorOf(request), request.params.id, { bytes: file.bytes, fileName: file.name }, { preview: request.query.preview === 'true' });
    return { ...result, entries: [...result.entries], issues: [...result.issues], skipped: [...result.skipped] };
  },
});
