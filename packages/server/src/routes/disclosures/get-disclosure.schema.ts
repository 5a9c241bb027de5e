import { idParamsSchema } from '../../schemas/common.schema';
import { disclosureWorkspaceSchema } from './disclosure-response.schema';

export const getDisclosureSchema = {
  params: idParamsSchema,
  response: { 200: disclosureWorkspaceSchema },
};
