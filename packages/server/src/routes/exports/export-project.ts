import { exportProject } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { exportProjectSchema } from './export-project.schema';
import { sendFile } from './send-file';

/** GET /api/projects/:id/export?format=pdf|docx|xlsx|html&layout=…: one project in an official layout. */
export const exportProjectRoute = defineRoute({
  method: 'GET',
  url: '/api/projects/:id/export',
  access: 'session',
  summary: '导出项目（PDF/Word/Excel/打印页）',
  tags: ['exports'],
  schema: exportProjectSchema,
  async handler(request, reply, ctx) {
    const file = await exportProject(ctx.db, actorOf(request), request.params.id, request.query.format, request.query.layout);
    return sendFile(reply, file);
  },
});
