import { getProjectDetail } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { getProjectSchema } from './get-project.schema';

/** GET /api/projects/:id: the core Project (fen), its review and workflow state; 404 outside the user's units. */
export const getProjectRoute = defineRoute({
  method: 'GET',
  url: '/api/projects/:id',
  access: 'session',
  summary: '项目详情（含审核结果）',
  tags: ['projects'],
  schema: getProjectSchema,
  async handler(request, _reply, ctx) {
    const actor = actorOf(request);
    const { stored, review, unitName } = await getProjectDetail(ctx.db, actor, request.params.id);
    return {
      id: stored.id,
      version: stored.version,
      status: stored.status,
      unitId: stored.unitId,
      unitName,
      fiscalYear: stored.fiscalYear,
      project: stored.project,
      review: review ? { ...review, findings: [...review.findings] } : null,
      updatedAt: stored.updatedAt,
      updatedBy: stored.updatedBy,
    };
  },
});
