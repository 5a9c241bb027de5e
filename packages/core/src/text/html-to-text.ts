import { decodeEntities } from './decode-entities';
import { latexToText } from './latex-to-text';

/** Tags whose start or end breaks the line. */
const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'tr', 'ul', 'ol', 'table', 'tbody', 'thead', 'section', 'article', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt', 'hr', 'pre']);
/** Tags that separate cells on one line. */
const CELL_TAGS = new Set(['td', 'th']);
/** Tags whose content is not text. */
const SKIPPED_TAGS = new Set(['script', 'style', 'head', 'title']);

/**
 * Text of an HTML fragment as found inside table cells (`<p>…</p> <p><b>一、产出指标</b></p>`):
 * - block tags (`p br div li tr h1…` start or end) become line breaks, `td`/`th` a space, other
 *   tags vanish; comments, `<script>` and `<style>` are dropped;
 * - character references are decoded (`&nbsp; &lt; &gt; &amp; &quot; &#NNN; &#xHH;`);
 * - `<math>…</math>` LaTeX becomes plain symbols (`\geq 90\%` → `≥ 90%`);
 * - spaces collapse inside a line, lines are trimmed and blank lines dropped.
 * A `<` not followed by a letter, `/` or `!` is text (`<5天`); a tag left open at the end is
 * dropped. One forward scan: deep nesting, 10 MB strings and unclosed `<` stay linear.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const n = html.length;
  let i = 0;
  let gt = -1;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) out.push(decodeEntities(html.slice(i, lt)));
    const next = html.charCodeAt(lt + 1);
    const closing = next === 47;
    if (next === 33 && html.startsWith('!--', lt + 1)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart)) && next !== 33 && next !== 63) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    // The next '>' is searched once and reused while it lies ahead, so runs of `<a<a<a…` stay linear.
    if (gt <= lt) gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    let nameEnd = nameStart;
    while (nameEnd < gt && nameEnd - nameStart < 12 && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    i = gt + 1;
    if (closing) {
      if (BLOCK_TAGS.has(name)) out.push('\n');
      else if (CELL_TAGS.has(name)) out.push(' ');
      continue;
    }
    if (name === 'math' || SKIPPED_TAGS.has(name)) {
      const end = indexOfClosing(html, name, i);
      if (name === 'math') out.push(latexToText(decodeEntities(html.slice(i, end < 0 ? n : end).replace(/<[^<>]*>/g, ''))).replace(/\s+/g, ' '));
      i = end < 0 ? n : html.indexOf('>', end) + 1 || n;
      continue;
    }
    if (BLOCK_TAGS.has(name)) out.push('\n');
    else if (CELL_TAGS.has(name)) out.push(' ');
  }
  return tidyLines(out.join(''));
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58;
}

/** Start of `</name` (or `</NAME`) at or after `from`; -1 when the element is never closed. */
function indexOfClosing(html: string, name: string, from: number): number {
  const lower = html.indexOf(`</${name}`, from);
  return lower >= 0 ? lower : html.indexOf(`</${name.toUpperCase()}`, from);
}

function tidyLines(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const tidy = line.replace(/[ \t\r\f\v\u00a0\u3000]+/g, ' ').trim();
    if (tidy) lines.push(tidy);
  }
  return lines.join('\n');
}
