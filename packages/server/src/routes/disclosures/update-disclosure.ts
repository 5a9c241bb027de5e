import { saveDepartmentDisclosure, toWorkspace } from '@jixiao/app';
import { toDisclosureWorkspaceView } from '../../mappers/to-disclosure-workspace-view';
import { actorOf, defineRoute } from '../../route-definition';
import { updateDisclosureSchema } from './update-disclosure.schema';

/** PUT /api/disclosures/:id: saves the budget as a new draft version; 409 `version-conflict` when stale. */
export const updateDisclosureRoute = defineRoute({
  method: 'PUT',
  url: '/api/disclosures/:id',
  access: 'session',
  summary: '保存部门预算公开（版本检查）',
  tags: ['disclosures'],
  schema: updateDisclosureSchema,
  async handler(request, _reply, ctx) {
    const actor = actorOf(request);
    const { version, template, budget } = request.body;
    const saved = await saveDepartmentDisclosure(ctx.db, actor, request.params.id, version, { budget, template });
    return toDisclosureWorkspaceView(await toWorkspace(actor, saved));
  },
});
