// Minimal typings for pg-copy-streams 7 (no @types package is installed).
declare module 'pg-copy-streams' {
  import type { Writable, Readable } from 'node:stream';
  import type { Submittable } from 'pg';
  export interface CopyStreamQuery extends Writable, Submittable {
    readonly rowCount: number;
  }
  export function from(text: string): CopyStreamQuery;
  export function to(text: string): Readable & Submittable;
}
