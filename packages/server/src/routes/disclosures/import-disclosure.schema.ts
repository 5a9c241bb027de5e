import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { disclosureWorkspaceSchema } from './disclosure-response.schema';

export const importDisclosureSchema = {
  params: idParamsSchema,
  querystring: z.strictObject({ version: z.coerce.number().int().min(1).describe('读取时的版本号；不一致时返回 409') }),
  response: {
    200: z.object({
      workspace: disclosureWorkspaceSchema,
      lineCount: z.int(),
      issues: z.array(z.object({ code: z.string(), message: z.string(), tables: z.array(z.string()), line: z.int().nullable() })).describe('未能放入预算行或经推算补出的内容'),
    }),
  },
};
