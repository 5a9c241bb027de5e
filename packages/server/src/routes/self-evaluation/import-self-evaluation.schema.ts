import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { selfEvaluationViewSchema } from './self-evaluation-view.schema';

export const importSelfEvaluationResultSchema = z.object({
  view: selfEvaluationViewSchema,
  matched: z.int().describe('与项目指标对上的自评表指标数'),
  unmatched: z.array(z.string()).describe('自评表中未对上的指标名称'),
});

export const importProjectSelfEvaluationSchema = {
  params: idParamsSchema,
  response: { 200: importSelfEvaluationResultSchema },
};

export const importSelfEvaluationSchema = {
  response: { 200: importSelfEvaluationResultSchema },
};
