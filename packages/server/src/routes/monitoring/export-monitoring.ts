import { exportMonitoringTable } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { sendFile } from '../exports/send-file';
import { exportMonitoringSchema } from './export-monitoring.schema';

/** GET /api/projects/:id/monitoring/export?format=xlsx|pdf&month=N: the 项目支出绩效运行监控表. */
export const exportMonitoringRoute = defineRoute({
  method: 'GET',
  url: '/api/projects/:id/monitoring/export',
  access: 'session',
  summary: '导出项目支出绩效运行监控表（Excel/PDF）',
  tags: ['monitoring'],
  schema: exportMonitoringSchema,
  async handler(request, reply, ctx) {
    const { format, month } = request.query;
    const file = await exportMonitoringTable(ctx.db, actorOf(request), request.params.id, { format, ...(month ? { month } : {}) });
    return sendFile(reply, file);
  },
});
