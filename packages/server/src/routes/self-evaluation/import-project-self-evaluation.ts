import { importSelfEvaluation } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { importProjectSelfEvaluationSchema } from './import-self-evaluation.schema';
import { readUpload } from './read-upload';

/** POST /api/projects/:id/self-evaluation/import (multipart `file`): a 自评表 into this project (names must match). */
export const importProjectSelfEvaluationRoute = defineRoute({
  method: 'POST',
  url: '/api/projects/:id/self-evaluation/import',
  access: 'session',
  summary: '导入本项目的绩效自评表',
  tags: ['self-evaluation'],
  schema: importProjectSelfEvaluationSchema,
  async handler(request, _reply, ctx) {
    const file = await readUpload(request);
    return importSelfEvaluation(ctx.db, actorOf(request), { fileName: file.name, bytes: file.bytes, projectId: request.params.id });
  },
});
