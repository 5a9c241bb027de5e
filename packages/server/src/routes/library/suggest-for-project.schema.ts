import { idParamsSchema } from '../../schemas/common.schema';
import { suggestionsResponseSchema } from '../../schemas/library.schema';

export const suggestForProjectSchema = { params: idParamsSchema, response: { 200: suggestionsResponseSchema } };
