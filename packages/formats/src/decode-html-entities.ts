const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', mdash: '\u2014',
  ndash: '\u2013', hellip: '\u2026', middot: '\u00b7', bull: '\u2022', times: '\u00d7', divide: '\u00f7',
  ge: '\u2265', le: '\u2264', ne: '\u2260', plusmn: '\u00b1', deg: '\u00b0', permil: '\u2030',
  yen: '\u00a5', copy: '\u00a9', reg: '\u00ae', laquo: '\u00ab', raquo: '\u00bb', sup2: '\u00b2',
  sup3: '\u00b3', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', minus: '\u2212', lsaquo: '\u2039',
  rsaquo: '\u203a', sect: '\u00a7', para: '\u00b6', shy: '\u00ad', zwsp: '\u200b', trade: '\u2122',
  larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193', radic: '\u221a', infin: '\u221e',
  asymp: '\u2248', equiv: '\u2261', lowast: '\u2217', prime: '\u2032', Prime: '\u2033', cent: '\u00a2',
  pound: '\u00a3', euro: '\u20ac', micro: '\u00b5', alpha: '\u03b1', beta: '\u03b2', hearts: '\u2665',
};

const ENTITY = /&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g;

/** Decodes HTML character references: the common named ones and every numeric one. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}
