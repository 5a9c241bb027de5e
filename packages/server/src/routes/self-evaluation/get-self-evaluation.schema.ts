import { idParamsSchema } from '../../schemas/common.schema';
import { selfEvaluationViewSchema } from './self-evaluation-view.schema';

export const getSelfEvaluationSchema = {
  params: idParamsSchema,
  response: { 200: selfEvaluationViewSchema },
};
