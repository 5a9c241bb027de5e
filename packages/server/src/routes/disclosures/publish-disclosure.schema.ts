import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { disclosureWorkspaceSchema } from './disclosure-response.schema';

export const publishDisclosureSchema = {
  params: idParamsSchema,
  body: z.strictObject({ version: z.int().min(1).describe('要公开的已保存版本；公开后此版本冻结') }),
  response: { 200: disclosureWorkspaceSchema },
};
