import { decodeEntities } from '../text/decode-entities';
import { htmlToText } from '../text/html-to-text';
import { latexToText } from '../text/latex-to-text';
import { normalizeText } from '../text/normalize-text';

/** Raw characters read from a cell (room for HTML tags around a short value). */
export const MAX_RAW_VALUE_CHARS = 1000;
/** Characters of normalised text inspected: a value is short; anything longer is a statement. */
export const MAX_VALUE_CHARS = 200;

/** Operator spellings unified to `≥`/`≤`. */
const OP_PAIR = />=|=>|⩾|≥=|<=|=<|⩽|≤=/;

/** Text already in the form the grammar reads: ASCII digits and operators, CJK, no spaces to fix. */
const PLAIN = /^[≥≤=]?[0-9.%\u4e00-\u9fa5/]*$/;

/**
 * A 指标值 text in the form the grammar reads: at most `MAX_RAW_VALUE_CHARS` raw characters, HTML
 * fragments as text (`<math>\geq 90\%</math>` → `≥ 90%`), bare LaTeX operators, `normalizeText`
 * (NFKC, `≧`→`≥`, spaces), ASCII and other operator spellings unified (`>=`/`=>`/`⩾` → `≥`,
 * `<=`/`=<`/`⩽` → `≤`), at most `MAX_VALUE_CHARS` characters, trailing punctuation and
 * enclosing brackets removed (`(≥**个)`). Lines are kept (composite values may be one per line).
 * With `readMarkup` false (text printed by `formatTargetValue`) HTML, entities and LaTeX are not
 * read again, so that reading a printed value is stable.
 */
export function prepareValueText(text: string, readMarkup = true): string {
  if (text.length <= 24 && PLAIN.test(text) && !/[./]$/.test(text)) return text;
  let s = text.length > MAX_RAW_VALUE_CHARS ? text.slice(0, MAX_RAW_VALUE_CHARS) : text;
  if (readMarkup && s.includes('<') && /<\/?[a-zA-Z]/.test(s)) s = htmlToText(s);
  else if (readMarkup) {
    if (s.includes('&')) s = decodeEntities(s);
    if (/\\[a-zA-Z%]/.test(s)) s = latexToText(s);
  }
  s = normalizeText(s);
  if (s.length > MAX_VALUE_CHARS) s = s.slice(0, MAX_VALUE_CHARS);
  // Until nothing is left to unify (`=<=` → `≤=` → `≤`); each round shortens the text.
  while (OP_PAIR.test(s)) s = s.replace(/>=|=>|⩾|≥=/g, '≥').replace(/<=|=<|⩽|≤=/g, '≤');
  for (;;) {
    s = s.replace(/[\s.,;:!?。，；：、！？…]+$/, '');
    if (!(s.startsWith('(') && s.indexOf(')') === s.length - 1)) return s;
    s = s.slice(1, -1).trim();
  }
}
