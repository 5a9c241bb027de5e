import { foldCjkRadicals } from '../import/fold-cjk-radicals';

/** Characters that may change under NFKC or the steps below; text without any skips the work. */
const NEEDS_WORK = /[^\n\x20-\x7e\u4e00-\u9fa5\u2264\u2265\u3001\u3002\u201c\u201d]|^\s|\s$| {2}| \n|\n /;

/**
 * Text for matching and value parsing:
 * - Unicode NFKC: full-width digits, letters, operators and punctuation fold (`９０％`→`90%`,
 *   `：`→`:`, `（`→`(`, `＞＝`→`>=`), Kangxi radicals become ideographs (`⽩`→`白`);
 * - CJK Radicals Supplement look-alikes fold too (`⺠`→`民`, which NFKC leaves alone);
 * - `≧`/`≦` become `≥`/`≤` (ASCII pairs such as `>=` stay as written: the value grammar reads them);
 * - no-break, ideographic and other spaces become plain spaces; runs of spaces/tabs inside a line
 *   collapse to one; `\r\n` becomes `\n`; each line and the whole text are trimmed.
 * Chinese text is otherwise unchanged. Stored text keeps its original form (`cleanCellText`).
 * Linear in the length of the text.
 */
export function normalizeText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  let s = text.normalize('NFKC');
  if (/[\u2e80-\u2fd5]/.test(s)) s = foldCjkRadicals(s);
  if (s.includes('≧') || s.includes('≦')) s = s.replace(/[≧≦]/g, (c) => (c === '≧' ? '≥' : '≤'));
  s = s.replace(/\r\n?/g, '\n').replace(/[ \t\f\v\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ');
  if (s.includes('\n')) s = s.replace(/ ?\n ?/g, '\n');
  return s.trim();
}
