import type { PgCluster } from './pg-cluster.mjs';
export interface PgReplica {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  stop(): void;
}
export function startPgReplica(primary: PgCluster, opts?: { name?: string }): Promise<PgReplica>;
