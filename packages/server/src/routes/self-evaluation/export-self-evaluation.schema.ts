import { SELF_EVALUATION_EXPORT_FORMATS } from '@jixiao/app';
import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';

export const exportSelfEvaluationSchema = {
  params: idParamsSchema,
  querystring: z.strictObject({ format: z.enum(SELF_EVALUATION_EXPORT_FORMATS).default('xlsx') }),
};
