import { foldCjkRadicals } from './fold-cjk-radicals';

/**
 * The text of a cell as it is stored: CJK radical look-alikes folded to their ideographs, runs of
 * white space (tabs, no-break and ideographic spaces) collapsed, trimmed. Full-width punctuation
 * (`，：（）`) is kept as written — matching uses `compactKey`, which folds it.
 */
const NEEDS_CLEANING = /[\t\u00a0\u3000\u2002-\u200b\u2e80-\u2fd5]| {2}|^ | $/;

export function cleanCellText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  let s = /[\u2e80-\u2fd5]/.test(text) ? foldCjkRadicals(text) : text;
  s = s.replace(/[ \t\u00a0\u3000\u2002-\u200b]+/g, ' ');
  return s.trim();
}
