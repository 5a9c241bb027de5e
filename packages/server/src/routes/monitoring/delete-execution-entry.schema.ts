import { z } from 'zod';
import { idSchema } from '../../schemas/common.schema';

export const deleteExecutionEntrySchema = {
  params: z.strictObject({ id: idSchema, entryId: idSchema }),
};
