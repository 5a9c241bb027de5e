/**
 * JSON with object keys sorted at every depth and `undefined` members dropped, so equal values
 * give equal text (used for the audit hash chain and for change detection on re-import).
 */
export function canonicalizeJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of sortedKeys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/**
 * `Object.keys(value).sort()`: by UTF-16 code units, as `sort()` without a comparator orders
 * strings. The objects here have a few keys each, and an insertion sort with `<` beats the generic
 * sort on short arrays (a 2,000-project batch sorts the keys of ~40,000 objects).
 */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  if (keys.length > 24) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    for (; j >= 0 && (keys[j] as string) > key; j--) keys[j + 1] = keys[j] as string;
    keys[j + 1] = key;
  }
  return keys;
}
