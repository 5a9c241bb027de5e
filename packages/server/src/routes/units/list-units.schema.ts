import { z } from 'zod';
import { unitSchema } from '../../schemas/common.schema';

export const listUnitsSchema = { response: { 200: z.array(unitSchema) } };
