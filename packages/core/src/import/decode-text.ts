import type { ImportIssue } from '../model/import-issue';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly issues: ImportIssue[];
}

export type FileKind =
  | 'txt'
  | 'docx'
  | 'xlsx'
  | 'html'
  | 'pdf'
  | 'legacy-doc'
  | 'legacy-xls'
  | 'zip-other'
  | 'binary';

/** How many leading bytes the sniffers look at; enough to judge, bounded for huge inputs. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Decodes the bytes of a text document: BOMs first, then UTF-16 without a BOM (judged by the share
 * of NUL bytes at even and odd positions), then strict UTF-8, else GB18030 (a superset of GBK and
 * GB2312). Line ends are normalised to LF. Bytes that are not text give a `binary-file` issue.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const issues: ImportIssue[] = [];
  if (bytes.length === 0) {
    issues.push({ code: 'empty-file', severity: 'error', message: '文件为空，没有可导入的内容。' });
    return { text: '', encoding: 'utf-8', issues };
  }
  const { encoding, offset } = detectEncoding(bytes);
  const body = bytes.subarray(offset);
  if (encoding === 'utf-8' && looksBinary(body)) {
    issues.push({
      code: 'binary-file',
      severity: 'error',
      message: '文件不是文本文档（含有大量控制字符或二进制数据），无法按文本导入。请确认文件类型，或另存为 .txt/.docx/.xlsx 后重试。',
    });
    return { text: '', encoding, issues };
  }
  let text: string;
  let used: TextEncodingName = encoding;
  if (encoding === 'utf-8') {
    const strict = tryDecode('utf-8', body, true);
    if (strict !== undefined) {
      text = strict;
    } else {
      used = 'gb18030';
      const gb = tryDecode('gb18030', body, true);
      if (gb !== undefined) {
        text = gb;
      } else {
        text = tryDecode('gb18030', body, false) ?? '';
        issues.push({
          code: 'decode-replaced',
          severity: 'warning',
          message: '文件中有无法识别的字符（既不是 UTF-8 也不是 GB18030/GBK），已用 � 代替，请核对原文。',
        });
      }
    }
  } else {
    text = tryDecode(encoding === 'utf-8-bom' ? 'utf-8' : encoding, body, false) ?? '';
    if (text.includes('\uFFFD')) {
      issues.push({
        code: 'decode-replaced',
        severity: 'warning',
        message: `文件按 ${encoding.toUpperCase()} 解码时有无法识别的字符，已用 � 代替，请核对原文。`,
      });
    }
  }
  return { text: normaliseLineEnds(text), encoding: used, issues };
}

/** Classifies a file by its magic bytes first and its extension second. */
export function detectFileKind(bytes: Uint8Array, fileName: string): FileKind {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (containsAscii(bytes, 'word/')) return 'docx';
    if (containsAscii(bytes, 'xl/')) return 'xlsx';
    if (ext === 'docx' || ext === 'xlsx') return ext;
    return 'zip-other';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (ext === 'xls' || ext === 'et' || ext === 'xlt') return 'legacy-xls';
    return 'legacy-doc';
  }
  if (sniffHtml(bytes)) return 'html';
  switch (ext) {
    case 'pdf':
      return 'pdf';
    case 'docx':
    case 'docm':
      return 'docx';
    case 'xlsx':
    case 'xlsm':
      return 'xlsx';
    case 'htm':
    case 'html':
    case 'xhtml':
      return 'html';
    case 'doc':
    case 'wps':
      return 'legacy-doc';
    case 'xls':
    case 'et':
      return 'legacy-xls';
    case 'txt':
    case 'csv':
    case 'tsv':
    case 'text':
    case 'md':
      return 'txt';
    default:
      return bytes.length > 0 && detectEncoding(bytes).encoding === 'utf-8' && looksBinary(bytes) ? 'binary' : 'txt';
  }
}

function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; offset: number } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8-bom', offset: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', offset: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', offset: 2 };
  const guess = guessUtf16(bytes);
  return { encoding: guess ?? 'utf-8', offset: 0 };
}

/** UTF-16 text without a BOM has NULs in one byte lane (ASCII, line ends) and almost none in the other. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.2 && evenNul / pairs < 0.02) return 'utf-16le';
  if (evenNul / pairs > 0.2 && oddNul / pairs < 0.02) return 'utf-16be';
  return undefined;
}

/** More than 2% control bytes (other than tab, line ends, form feed, escape) in the first 64 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  return control / n > 0.02;
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function sniffHtml(bytes: Uint8Array): boolean {
  const start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  let head = '';
  for (let i = start; i < Math.min(bytes.length, start + 1024); i++) head += String.fromCharCode(bytes[i] as number);
  head = head.trimStart().toLowerCase();
  if (head.startsWith('<?xml')) head = head.slice(head.indexOf('?>') + 2).trimStart();
  return /^(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|table|meta)[\s>]/.test(head);
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const first = needle.charCodeAt(0);
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(first); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let match = true;
    for (let j = 1; j < needle.length; j++) {
      if (bytes[i + j] !== needle.charCodeAt(j)) {
        match = false;
        break;
      }
    }
    if (match) return true;
  }
  return false;
}
