import { cleanCellText } from './clean-cell-text';

const MARKER = /(?=目[标標]\s*\d+\s*[:：、.．])|(?=目[标標]内容\s*\d+)/g;

/**
 * Splits a goals text into its parts: by lines, then by `目标1:`-style markers; numbering such as
 * `1.`, `目标2:` or `1.目标内容1` is removed from the start of each part.
 */
export function splitGoals(text: string | null | undefined): string[] {
  if (!text) return [];
  const parts: string[] = [];
  for (const line of text.split('\n')) {
    for (const piece of cleanCellText(line).split(MARKER)) {
      const cleaned = piece
        .replace(/^\s*\d+\s*[.．、]\s*(?!\d)/, '')
        .replace(/^\s*目[标標]内容\s*\d*\s*/, '')
        .replace(/^\s*目[标標]\s*\d*\s*[:：、.．]?\s*/, '')
        .replace(/^[;；,，\s]+|[;；,，\s]+$/g, '')
        .trim();
      if (cleaned) parts.push(cleaned);
    }
  }
  return parts;
}
