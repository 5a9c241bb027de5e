import { createDepartmentDisclosure, toWorkspace } from '@jixiao/app';
import { toDisclosureWorkspaceView } from '../../mappers/to-disclosure-workspace-view';
import { actorOf, defineRoute } from '../../route-definition';
import { createDisclosureSchema } from './create-disclosure.schema';

/** POST /api/disclosures: opens a department's disclosure for a year (version 1, empty budget); 409 when it exists. */
export const createDisclosureRoute = defineRoute({
  method: 'POST',
  url: '/api/disclosures',
  access: 'session',
  summary: '新建部门预算公开',
  tags: ['disclosures'],
  schema: createDisclosureSchema,
  async handler(request, reply, ctx) {
    const actor = actorOf(request);
    const created = await createDepartmentDisclosure(ctx.db, actor, request.body);
    reply.code(201);
    return toDisclosureWorkspaceView(await toWorkspace(actor, created));
  },
});
