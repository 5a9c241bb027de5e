import { randomBytes } from 'node:crypto';
import type { ImportedDocument } from '@jixiao/core';

export interface PendingImport {
  readonly token: string;
  readonly userId: string;
  readonly document: ImportedDocument;
  readonly fileSha256: string;
  readonly fiscalYearHint?: number;
  readonly expiresAt: number;
}

export interface ImportTokenStore {
  put(entry: Omit<PendingImport, 'token' | 'expiresAt'>, now?: number): PendingImport;
  /** The pending import of this user, or undefined (unknown, expired or someone else's). */
  get(token: string, userId: string, now?: number): PendingImport | undefined;
  delete(token: string): boolean;
  readonly size: number;
}

export const IMPORT_TOKEN_TTL_MS = 30 * 60_000;

/**
 * Parsed documents waiting for confirmation, in memory, under random tokens that expire after 30
 * minutes. Bounded: beyond `maxEntries` the oldest entry is dropped. Expired entries are swept
 * on every put.
 */
export function createImportTokenStore(ttlMs = IMPORT_TOKEN_TTL_MS, maxEntries = 200): ImportTokenStore {
  const entries = new Map<string, PendingImport>();
  const sweep = (now: number): void => {
    for (const [token, e] of entries) if (e.expiresAt <= now) entries.delete(token);
  };
  return {
    put(entry, now = Date.now()) {
      sweep(now);
      while (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      const token = randomBytes(18).toString('base64url');
      const pending = { ...entry, token, expiresAt: now + ttlMs };
      entries.set(token, pending);
      return pending;
    },
    get(token, userId, now = Date.now()) {
      const e = entries.get(token);
      if (!e) return undefined;
      if (e.expiresAt <= now) {
        entries.delete(token);
        return undefined;
      }
      return e.userId === userId ? e : undefined;
    },
    delete(token) {
      return entries.delete(token);
    },
    get size() {
      return entries.size;
    },
  };
}
