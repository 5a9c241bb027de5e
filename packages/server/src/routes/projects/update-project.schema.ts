import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';
import { projectInputSchema } from '../../schemas/project.schema';

export const updateProjectSchema = {
  params: idParamsSchema,
  body: z.strictObject({
    version: z.int().min(1).describe('读取时的版本号；不一致时返回 409 version-conflict'),
    project: projectInputSchema,
    changeNote: z.string().max(500).optional(),
  }),
  response: { 200: z.object({ version: z.int() }) },
};
