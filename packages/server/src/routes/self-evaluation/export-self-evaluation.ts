import { exportSelfEvaluation } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { sendFile } from '../exports/send-file';
import { exportSelfEvaluationSchema } from './export-self-evaluation.schema';

/** GET /api/projects/:id/self-evaluation/export?format=xlsx|pdf: the 项目支出绩效自评表. */
export const exportSelfEvaluationRoute = defineRoute({
  method: 'GET',
  url: '/api/projects/:id/self-evaluation/export',
  access: 'session',
  summary: '导出项目支出绩效自评表（Excel/PDF）',
  tags: ['self-evaluation'],
  schema: exportSelfEvaluationSchema,
  async handler(request, reply, ctx) {
    const file = await exportSelfEvaluation(ctx.db, actorOf(request), request.params.id, request.query.format);
    return sendFile(reply, file);
  },
});
