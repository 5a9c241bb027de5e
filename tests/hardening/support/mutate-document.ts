/** A small seeded PRNG (mulberry32): every fuzz case is reproducible from (seed, case number). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
const int = (r: Random, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Random, xs: readonly T[]): T => xs[int(r, xs.length)]!;

/** Characters a replacement draws from: separators, grammar, full-width forms, controls, surrogates. */
const REPLACEMENTS = [...'\t|  \u3000≥≤<>=０１0123456789.,%％万亿元人次年月日天个-—;；:：()（）/\\一二三、（）指标值项目名称合计\r\n\u0000\u0008\ufeff\ufffd\u200b<>&"\'', '\ud800', '\udc00', '😀'];

export type TextMutation = 'drop-lines' | 'duplicate-lines' | 'shuffle-lines' | 'replace-chars' | 'swap-separators' | 'insert-markup';
export type ByteMutation = 'random-bytes' | 'truncate' | 'flip-bits';
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16le-bom' | 'utf-16be-bom';

const TEXT_MUTATIONS: readonly TextMutation[] = ['drop-lines', 'duplicate-lines', 'shuffle-lines', 'replace-chars', 'swap-separators', 'insert-markup'];
const BYTE_MUTATIONS: readonly ByteMutation[] = ['random-bytes', 'truncate', 'flip-bits'];
const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-8', 'utf-8-bom', 'gb18030', 'gb18030', 'utf-16le', 'utf-16le-bom', 'utf-16be-bom'];

/** One text-level mutation of a document's lines. */
export function mutateText(r: Random, text: string, kind: TextMutation): string {
  const lines = text.split('\n');
  const span = (): [number, number] => {
    const start = int(r, lines.length);
    return [start, Math.min(lines.length, start + 1 + int(r, Math.max(1, Math.ceil(lines.length / 10))))];
  };
  switch (kind) {
    case 'drop-lines': {
      const [a, b] = span();
      lines.splice(a, b - a);
      return lines.join('\n');
    }
    case 'duplicate-lines': {
      const [a, b] = span();
      const copy = lines.slice(a, b);
      const times = 1 + int(r, 3);
      for (let k = 0; k < times; k++) lines.splice(int(r, lines.length + 1), 0, ...copy);
      return lines.join('\n');
    }
    case 'shuffle-lines': {
      const [a, b] = r() < 0.2 ? [0, lines.length] : span();
      for (let i = b - 1; i > a; i--) {
        const j = a + int(r, i - a + 1);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      return lines.join('\n');
    }
    case 'replace-chars': {
      const chars = [...text];
      const n = 1 + int(r, Math.max(1, Math.ceil(chars.length / 50)));
      for (let k = 0; k < n; k++) chars[int(r, chars.length)] = pick(r, REPLACEMENTS);
      return chars.join('');
    }
    case 'swap-separators': {
      const to = pick(r, ['\t', '|', '  ', ' ', '\n', '']);
      return text.replace(/\t| {2,}|\|/g, (m) => (r() < 0.3 ? to : m));
    }
    case 'insert-markup': {
      const tags = ['<table>', '<tr><td>', '</td><td>', '</table>', '<!--', '-->', '&amp;', '&#x0;', '&#99999999;', '<![CDATA[', '<script>', '<td colspan="99999">', '<td rowspan="0">'];
      const n = 1 + int(r, 20);
      for (let k = 0; k < n; k++) lines.splice(int(r, lines.length + 1), 0, pick(r, tags));
      return lines.join('\n');
    }
  }
}

let gbTable: Map<string, number[]> | null = null;
/** char → GB18030 bytes for the two-byte range (built once by decoding every two-byte code). */
function gb18030Table(): Map<string, number[]> {
  if (gbTable) return gbTable;
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (!table.has(ch)) table.set(ch, [hi, lo]);
      } catch {
        /* not a two-byte code */
      }
    }
  }
  gbTable = table;
  return table;
}

/** Encodes text as GB18030 (ASCII and the two-byte range; anything else becomes `?`). */
export function encodeGb18030(text: string): Uint8Array {
  const table = gb18030Table();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

export function encodeText(text: string, encoding: Encoding): Uint8Array {
  const utf16 = (bigEndian: boolean, bom: boolean): Uint8Array => {
    const units = (bom ? '\ufeff' : '') + text;
    const out = new Uint8Array(units.length * 2);
    for (let i = 0; i < units.length; i++) {
      const c = units.charCodeAt(i);
      out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
      out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\ufeff${text}`);
    case 'gb18030':
      return encodeGb18030(text);
    case 'utf-16le':
      return utf16(false, false);
    case 'utf-16le-bom':
      return utf16(false, true);
    case 'utf-16be-bom':
      return utf16(true, true);
  }
}

/** One byte-level mutation. */
export function mutateBytes(r: Random, bytes: Uint8Array, kind: ByteMutation): Uint8Array {
  switch (kind) {
    case 'truncate':
      return bytes.slice(0, int(r, bytes.length + 1));
    case 'random-bytes': {
      const out = Array.from(bytes);
      const n = 1 + int(r, 16);
      for (let k = 0; k < n; k++) {
        const run = Array.from({ length: 1 + int(r, 64) }, () => int(r, 256));
        out.splice(int(r, out.length + 1), r() < 0.5 ? run.length : 0, ...run);
      }
      return new Uint8Array(out);
    }
    case 'flip-bits': {
      const out = bytes.slice();
      const n = 1 + int(r, 32);
      for (let k = 0; k < n && out.length > 0; k++) out[int(r, out.length)]! ^= 1 << int(r, 8);
      return out;
    }
  }
}

export interface FuzzCase {
  readonly label: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/**
 * A mutated sample: 1–3 text mutations, an encoding, then (one time in three) a byte mutation; a
 * sixth of the cases are wrapped as an HTML table instead of plain text.
 */
export function mutateSample(r: Random, name: string, text: string): FuzzCase {
  const steps: string[] = [];
  let mutated = text;
  const n = 1 + int(r, 3);
  for (let k = 0; k < n; k++) {
    const kind = pick(r, TEXT_MUTATIONS);
    steps.push(kind);
    mutated = mutateText(r, mutated, kind);
  }
  let fileName = name;
  if (r() < 1 / 6) {
    mutated = `<html><body><table>${mutated
      .split('\n')
      .map((line) => `<tr>${line.split(/\t| {2,}/).map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('\n')}</table></body></html>`;
    fileName = name.replace(/\.txt$/, '.html');
    steps.push('as-html');
  }
  const encoding = pick(r, ENCODINGS);
  steps.push(encoding);
  let bytes = encodeText(mutated, encoding);
  if (r() < 1 / 3) {
    const kind = pick(r, BYTE_MUTATIONS);
    steps.push(kind);
    bytes = mutateBytes(r, bytes, kind);
  }
  return { label: `${name}: ${steps.join(' → ')}`, fileName, bytes };
}

/** A byte-level mutation of a binary fixture (.docx/.xlsx/.pdf): the readers' corrupt-input paths. */
export function mutateBinary(r: Random, name: string, bytes: Uint8Array): FuzzCase {
  const kind = pick(r, BYTE_MUTATIONS);
  return { label: `${name}: ${kind}`, fileName: name, bytes: mutateBytes(r, bytes, kind) };
}
