import { createHash } from 'node:crypto';
import type { Project } from '@jixiao/core';

const MAX_PART = 120;

/**
 * The identity of an imported project inside one database: unit + fiscal year + (project code, or
 * name and total when the form has no code). Importing the same form again finds the same row.
 * Long names are replaced by their SHA-256 so the key stays indexable.
 */
export function computeProjectNaturalKey(unitId: string, fiscalYear: number | null, project: Project): string {
  const code = project.code?.trim();
  const identity = code
    ? `code:${code}`
    : `name:${shorten(normaliseName(project.name))}|${project.funds.total ?? '-'}`;
  return `${unitId}|${fiscalYear ?? '-'}|${identity}`;
}

/** The department-target key: unit + year + name. */
export function computeDepartmentTargetNaturalKey(unitId: string, fiscalYear: number | null, name: string): string {
  return `${unitId}|${fiscalYear ?? '-'}|dept:${shorten(normaliseName(name))}`;
}

/** Appends `#n` to the n-th (n ≥ 2) repetition of a key within one document. */
export function createKeyDeduplicator(): (key: string) => string {
  const seen = new Map<string, number>();
  return (key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  };
}

function normaliseName(name: string): string {
  return (name ?? '').normalize('NFKC').replace(/\s+/g, '');
}

function shorten(text: string): string {
  return text.length <= MAX_PART ? text : `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
