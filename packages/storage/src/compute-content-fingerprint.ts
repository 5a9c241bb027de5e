import { canonicalizeJson } from './canonicalize-json';

/**
 * Canonical JSON of a document without its `source` locations, so a re-import of the same content
 * from a file whose lines moved is recognised as unchanged.
 */
export function computeContentFingerprint(document: unknown): string {
  return canonicalizeJson(stripSources(document));
}

function stripSources(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSources);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === 'source' && v !== null && typeof v === 'object') continue;
      out[key] = stripSources(v);
    }
    return out;
  }
  return value;
}
