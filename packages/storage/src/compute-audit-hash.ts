import { createHash } from 'node:crypto';
import { canonicalizeJson } from './canonicalize-json';

/** The hashed part of an audit row; `detail` is the stored canonical JSON text. */
export interface AuditHashInput {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
  readonly detail: string;
}

/** SHA-256 (hex) of prev_hash followed by the canonical JSON of the entry. */
export function computeAuditHash(prevHash: string, entry: AuditHashInput): string {
  return createHash('sha256')
    .update(prevHash + canonicalizeJson(entry), 'utf8')
    .digest('hex');
}
