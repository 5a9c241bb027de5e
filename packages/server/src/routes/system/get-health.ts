import { defineRoute } from '../../route-definition';
import { getHealthSchema } from './get-health.schema';

/** GET /api/health: liveness for load balancers (public, no data). */
export const getHealthRoute = defineRoute({
  method: 'GET',
  url: '/api/health',
  access: 'public',
  summary: '健康检查',
  tags: ['system'],
  schema: getHealthSchema,
  async handler() {
    return { ok: true as const };
  },
});
