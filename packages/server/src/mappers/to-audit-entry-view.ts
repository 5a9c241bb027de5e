import type { AuditEntry } from '@jixiao/storage';

export interface AuditEntryApi {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail: unknown;
  hash: string;
}

export function toAuditEntryView(e: AuditEntry): AuditEntryApi {
  return { seq: e.seq, at: e.at, actor: e.actor, action: e.action, entity: e.entity, entityId: e.entityId, detail: e.detail, hash: e.hash };
}
