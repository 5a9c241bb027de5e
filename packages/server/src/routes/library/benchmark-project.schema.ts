import { idParamsSchema } from '../../schemas/common.schema';
import { benchmarkSchema } from '../../schemas/library.schema';

export const benchmarkProjectSchema = { params: idParamsSchema, response: { 200: benchmarkSchema } };
