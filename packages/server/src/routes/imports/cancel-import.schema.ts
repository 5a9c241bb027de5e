import { tokenParamsSchema } from './confirm-import.schema';

export const cancelImportSchema = { params: tokenParamsSchema };
