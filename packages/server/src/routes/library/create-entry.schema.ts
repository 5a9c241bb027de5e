import { libraryEntryFieldsSchema, libraryEntrySchema } from '../../schemas/library.schema';

export const createEntrySchema = { body: libraryEntryFieldsSchema, response: { 201: libraryEntrySchema } };
