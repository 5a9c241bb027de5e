import { foldCjkRadicals } from '../import/fold-cjk-radicals';

/**
 * Text for matching and value parsing: NFKC (full-width digits, letters and punctuation folded,
 * Kangxi radicals to ideographs), radical-supplement look-alikes folded, `≧`/`≦` unified to `≥`/`≤`,
 * runs of white space collapsed, trimmed. Stored text keeps its original form (`cleanCellText`).
 */
export function normalizeText(text: string): string {
  let s = text.normalize('NFKC');
  if (/[\u2e80-\u2fd5]/.test(s)) s = foldCjkRadicals(s);
  if (s.includes('≧') || s.includes('≦')) s = s.replace(/≧/g, '≥').replace(/≦/g, '≤');
  return s.replace(/[ \t\u00a0\u3000\u2002-\u200b]+/g, ' ').trim();
}
