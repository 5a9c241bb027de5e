import { decimalToFen } from '@jixiao/core';

/** What the import preview shows of one recognised project. */
export interface PreviewProject {
  readonly name: string;
  readonly fiscalYear: number | null;
  readonly fundsTotal: number | null;
  readonly line: number | null;
  readonly indicators: readonly { level1: string | null; level2: string | null; name: string; targetText: string | null; line: number | null }[];
}

type Json = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Accepts a preview project either as the core Project (money in fen, `fiscalYear`) or as the
 * `jixiao parse --json` shape (money in 元, `year`), and returns fen.
 */
export function normalizePreviewProject(raw: unknown): PreviewProject {
  const p = (raw ?? {}) as Json;
  const funds = (p['funds'] ?? {}) as Json;
  const isParseJson = !('fiscalYear' in p) && 'year' in p;
  const total = num(funds['total']);
  const fundsTotal = total === null ? null : isParseJson ? decimalToFen(String(total), 'yuan') : Math.round(total);
  const source = (p['source'] ?? {}) as Json;
  const indicators = Array.isArray(p['indicators']) ? (p['indicators'] as Json[]) : [];
  return {
    name: str(p['name']) ?? '',
    fiscalYear: num(p['fiscalYear']) ?? num(p['year']),
    fundsTotal,
    line: num(p['line']) ?? num(source['line']),
    indicators: indicators.map((i) => ({
      level1: str(i['level1']),
      level2: str(i['level2']),
      name: str(i['name']) ?? '',
      targetText: str(i['targetText']),
      line: num(i['line']) ?? num(((i['source'] ?? {}) as Json)['line']),
    })),
  };
}
