import { importSelfEvaluation } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { importSelfEvaluationSchema } from './import-self-evaluation.schema';
import { readUpload } from './read-upload';

/** POST /api/self-evaluations/import (multipart `file`): a 自评表 into the visible project matched by code or name. */
export const importSelfEvaluationRoute = defineRoute({
  method: 'POST',
  url: '/api/self-evaluations/import',
  access: 'session',
  summary: '导入绩效自评表（按项目编码或名称匹配已入库项目）',
  tags: ['self-evaluation'],
  schema: importSelfEvaluationSchema,
  async handler(request, _reply, ctx) {
    const file = await readUpload(request);
    return importSelfEvaluation(ctx.db, actorOf(request), { fileName: file.name, bytes: file.bytes });
  },
});
