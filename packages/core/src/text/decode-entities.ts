const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'",
  ge: '≥', le: '≤', ne: '≠', times: '×', divide: '÷', plusmn: '±', middot: '·', percnt: '%', deg: '°',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', yen: '¥', permil: '‰',
};

/** One named, decimal or hexadecimal character reference; bounded quantifiers keep it linear. */
const REFERENCE = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;

/**
 * Decodes HTML character references: `&nbsp; &lt; &gt; &amp; &quot; &#8805; &#x2265;` and a few
 * more names (`&ge; &le; &times;`). Unknown names and invalid code points stay as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X';
      const code = hex ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (code === 0xa0) return ' ';
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}
