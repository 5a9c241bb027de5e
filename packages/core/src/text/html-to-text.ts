const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol']);
const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", ge: '≥', le: '≤', times: '×', divide: '÷', middot: '·', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…' };
const LATEX: ReadonlyArray<readonly [RegExp, string]> = [
  [/\\geq?(?![a-z])/g, '≥'],
  [/\\leq?(?![a-z])/g, '≤'],
  [/\\neq?(?![a-z])/g, '≠'],
  [/\\times(?![a-z])/g, '×'],
  [/\\div(?![a-z])/g, '÷'],
  [/\\pm(?![a-z])/g, '±'],
  [/\\%/g, '%'],
  [/\\text\{([^{}]*)\}/g, '$1'],
  [/\\mathrm\{([^{}]*)\}/g, '$1'],
  [/\\[,;:! ]/g, ' '],
];

/** Decodes HTML character references (`&nbsp; &lt; &#8805; &#x2265;`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[body.toLowerCase()] ?? m;
  });
}

/** LaTeX of a `<math>` fragment (`\geq 90\%`) as plain symbols (`≥ 90%`). */
export function latexToText(latex: string): string {
  let s = latex;
  for (const [re, to] of LATEX) s = s.replace(re, to);
  return s.replace(/[{}]/g, '').replace(/\\([a-zA-Z]+)/g, '$1');
}

/**
 * Text of an HTML fragment as found inside table cells (`<p>…</p> <p><b>一、产出指标</b></p>`):
 * block ends become line breaks, other tags vanish, entities are decoded and `<math>` LaTeX is
 * turned into symbols. One linear scan: nesting depth and unclosed `<` cost nothing extra.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      out.push(html.slice(lt));
      break;
    }
    const tag = /^<\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 40)));
    const name = tag?.[1]?.toLowerCase() ?? '';
    if (!tag) {
      out.push(html.slice(lt, gt + 1));
      i = gt + 1;
      continue;
    }
    const closing = html[lt + 1] === '/';
    if (name === 'math' && !closing) {
      const end = html.indexOf('</math>', gt + 1);
      const stop = end < 0 ? n : end;
      out.push(latexToText(decodeEntities(html.slice(gt + 1, stop))));
      i = end < 0 ? n : end + 7;
      continue;
    }
    if (BLOCK_TAGS.has(name) && (closing || name === 'br')) out.push('\n');
    i = gt + 1;
  }
  return decodeEntities(out.join(''))
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l)
    .join('\n');
}
