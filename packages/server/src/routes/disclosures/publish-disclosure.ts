import { publishDepartmentDisclosure } from '@jixiao/app';
import { toDisclosureWorkspaceView } from '../../mappers/to-disclosure-workspace-view';
import { actorOf, defineRoute } from '../../route-definition';
import { publishDisclosureSchema } from './publish-disclosure.schema';

/** POST /api/disclosures/:id/publish: 公开 (frozen version); 409 while an error finding remains, when stale or already published. */
export const publishDisclosureRoute = defineRoute({
  method: 'POST',
  url: '/api/disclosures/:id/publish',
  access: 'session',
  summary: '公开部门预算（冻结版本）',
  tags: ['disclosures'],
  schema: publishDisclosureSchema,
  async handler(request, _reply, ctx) {
    return toDisclosureWorkspaceView(await publishDepartmentDisclosure(ctx.db, actorOf(request), request.params.id, request.body.version));
  },
});
