import { previewDepartmentDisclosure } from '@jixiao/app';
import { toDisclosureView } from '../../mappers/to-disclosure-workspace-view';
import { actorOf, defineRoute } from '../../route-definition';
import { previewDisclosureSchema } from './preview-disclosure.schema';

/** POST /api/disclosures/:id/preview: the generated tables and findings of an unsaved budget (writes nothing). */
export const previewDisclosureRoute = defineRoute({
  method: 'POST',
  url: '/api/disclosures/:id/preview',
  access: 'session',
  summary: '部门预算公开实时预览（不写入）',
  tags: ['disclosures'],
  schema: previewDisclosureSchema,
  async handler(request, _reply, ctx) {
    const { template, budget } = request.body;
    const view = await previewDepartmentDisclosure(ctx.db, actorOf(request), request.params.id, budget, template);
    return toDisclosureView(view);
  },
});
