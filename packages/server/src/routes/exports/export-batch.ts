import { exportProjectBatch } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { exportBatchSchema } from './export-batch.schema';
import { sendFile } from './send-file';

/** GET /api/export?unitId&year&format&layout: every visible project of a unit/year as one file. */
export const exportBatchRoute = defineRoute({
  method: 'GET',
  url: '/api/export',
  access: 'session',
  summary: '批量导出（一个单位或年度的全部项目）',
  tags: ['exports'],
  schema: exportBatchSchema,
  async handler(request, reply, ctx) {
    const q = request.query;
    const file = await exportProjectBatch(ctx.db, actorOf(request), { ...(q.unitId ? { unitId: q.unitId } : {}), ...(q.year ? { fiscalYear: q.year } : {}) }, q.format, q.layout);
    return sendFile(reply, file);
  },
});
