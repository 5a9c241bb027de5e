import { exportDepartmentDisclosure } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { sendFile } from '../exports/send-file';
import { exportDisclosureSchema } from './export-disclosure.schema';

/** GET /api/disclosures/:id/export?format=docx|pdf|xlsx|datapackage|html[&version=N]: the generated disclosure as a file (html: inline, the preview). */
export const exportDisclosureRoute = defineRoute({
  method: 'GET',
  url: '/api/disclosures/:id/export',
  access: 'session',
  summary: '下载部门预算公开文件（Word/PDF/Excel/数据包）或预览（HTML）',
  tags: ['disclosures'],
  schema: exportDisclosureSchema,
  async handler(request, reply, ctx) {
    const { format, version } = request.query;
    const file = await exportDepartmentDisclosure(ctx.db, actorOf(request), request.params.id, format, version);
    if (format === 'html') return reply.header('content-type', file.contentType).header('content-disposition', 'inline').header('cache-control', 'no-store').send(Buffer.from(file.bytes));
    return sendFile(reply, file);
  },
});
