import { suggestForDraft } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { suggestIndicatorsSchema } from './suggest-indicators.schema';

/** GET /api/library/suggestions: indicators for each mandatory category of a draft (name, goals, kind, funds). */
export const suggestIndicatorsRoute = defineRoute({
  method: 'GET',
  url: '/api/library/suggestions',
  access: 'session',
  summary: '按项目名称、目标等推荐绩效指标（取自其他单位的同类项目）',
  tags: ['library'],
  schema: suggestIndicatorsSchema,
  async handler(request, _reply, ctx) {
    const { name, goals, kind, funds, projectId, perCategory } = request.query;
    const suggestions = await suggestForDraft(ctx.db, actorOf(request), {
      name,
      goals: goals ? goals.split('\n').filter((g) => g.trim() !== '') : [],
      kind: kind ?? null,
      funds: funds ?? null,
      projectId: projectId ?? null,
      perCategory,
    });
    return { suggestions };
  },
});
