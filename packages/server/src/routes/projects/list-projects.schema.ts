import { projectPageSchema } from '../../schemas/common.schema';
import { projectListQuerySchema } from '../../schemas/project-list-query.schema';

export const listProjectsSchema = {
  querystring: projectListQuerySchema,
  response: { 200: projectPageSchema },
};
