export interface PgCluster {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  readonly bin: string;
  stop(): void;
}
export function findPgBin(): string | null;
export function freePort(): Promise<number>;
export function startPgCluster(opts?: { name?: string }): Promise<PgCluster>;
