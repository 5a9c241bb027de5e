import { projectPageSchema } from '../../schemas/common.schema';
import { reviewQueueQuerySchema } from '../../schemas/project-list-query.schema';

export const listReviewQueueSchema = {
  querystring: reviewQueueQuerySchema,
  response: { 200: projectPageSchema },
};
