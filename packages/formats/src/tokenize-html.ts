import { decodeHtmlEntities } from './decode-html-entities';

export type HtmlToken =
  | { readonly type: 'start'; readonly name: string; readonly attrs: Readonly<Record<string, string>>; readonly line: number }
  | { readonly type: 'end'; readonly name: string; readonly line: number }
  | { readonly type: 'text'; readonly text: string; readonly line: number };

const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

/**
 * A small tolerant HTML tokenizer: start tags (with attributes), end tags and decoded text.
 * Comments, doctypes and processing instructions are skipped; the content of script/style/title
 * and similar raw-text elements is dropped. One forward pass: linear in the input length.
 */
export function* tokenizeHtml(html: string): Generator<HtmlToken> {
  let i = 0;
  let line = 1;
  let nextNewline = html.indexOf('\n');
  const lineAt = (pos: number): number => {
    while (nextNewline >= 0 && nextNewline < pos) {
      line++;
      nextNewline = html.indexOf('\n', nextNewline + 1);
    }
    return line;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      yield { type: 'text', text: decodeHtmlEntities(html.slice(i)), line: lineAt(i) };
      return;
    }
    if (lt > i) yield { type: 'text', text: decodeHtmlEntities(html.slice(i, lt)), line: lineAt(i) };
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
    } else if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? html.length : end + 1;
    } else if (next === 0x2f /* / */ && isLetter(html.charCodeAt(lt + 2))) {
      const end = html.indexOf('>', lt + 2);
      const name = readName(html, lt + 2);
      yield { type: 'end', name, line: lineAt(lt) };
      i = end < 0 ? html.length : end + 1;
    } else if (isLetter(next)) {
      const end = findTagEnd(html, lt + 1);
      const inner = html.slice(lt + 1, end);
      const name = readName(inner, 0);
      yield { type: 'start', name, attrs: readAttributes(inner.slice(name.length)), line: lineAt(lt) };
      i = end + 1;
      if (RAW_TEXT_ELEMENTS.has(name) && !inner.endsWith('/')) {
        const close = new RegExp(`</${name}[\\s>/]`, 'gi');
        close.lastIndex = i;
        const found = close.exec(html);
        i = found ? found.index : html.length;
      }
    } else {
      yield { type: 'text', text: '<', line: lineAt(lt) };
      i = lt + 1;
    }
  }
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function readName(text: string, start: number): string {
  let end = start;
  while (end < text.length && !/[\s/>]/.test(text[end] as string)) end++;
  return text.slice(start, end).toLowerCase();
}

/** Index of the `>` that ends a start tag, skipping quoted attribute values; the input end if none. */
function findTagEnd(html: string, start: number): number {
  let quote = '';
  let afterEquals = false;
  for (let p = start; p < html.length; p++) {
    const ch = html[p] as string;
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '>') return p;
    if (afterEquals && (ch === '"' || ch === "'")) {
      quote = ch;
      afterEquals = false;
    } else if (ch === '=') {
      afterEquals = true;
    } else if (!/\s/.test(ch)) {
      afterEquals = false;
    }
  }
  return html.length;
}

const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function readAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = (match[1] as string).toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}
