import { getDepartmentDisclosure } from '@jixiao/app';
import { toDisclosureWorkspaceView } from '../../mappers/to-disclosure-workspace-view';
import { actorOf, defineRoute } from '../../route-definition';
import { getDisclosureSchema } from './get-disclosure.schema';

/** GET /api/disclosures/:id: the budget, every generated table, the narrative and the pre-publication findings. */
export const getDisclosureRoute = defineRoute({
  method: 'GET',
  url: '/api/disclosures/:id',
  access: 'session',
  summary: '部门预算公开工作台',
  tags: ['disclosures'],
  schema: getDisclosureSchema,
  async handler(request, _reply, ctx) {
    return toDisclosureWorkspaceView(await getDepartmentDisclosure(ctx.db, actorOf(request), request.params.id));
  },
});
