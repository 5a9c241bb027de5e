import { z } from 'zod';
import { projectInputSchema } from '../../schemas/project.schema';

export const createProjectSchema = {
  body: z.strictObject({ project: projectInputSchema }),
  response: { 201: z.object({ id: z.string(), version: z.int() }) },
};
