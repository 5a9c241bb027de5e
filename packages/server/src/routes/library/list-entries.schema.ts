import { z } from 'zod';
import { libraryEntrySchema } from '../../schemas/library.schema';

export const listEntriesSchema = { response: { 200: z.array(libraryEntrySchema) } };
