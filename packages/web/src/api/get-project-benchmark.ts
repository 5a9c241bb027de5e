import { requestApi } from './http-client';
import type { PeerBenchmark } from './library-types';

/** GET /api/library/projects/:id/benchmark. */
export function getProjectBenchmark(id: string): Promise<PeerBenchmark> {
  return requestApi<PeerBenchmark>('GET', `/api/library/projects/${encodeURIComponent(id)}/benchmark`);
}
