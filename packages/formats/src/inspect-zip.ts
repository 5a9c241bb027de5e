import { inflateRawSync } from 'node:zlib';
import type { ImportIssue } from '@jixiao/core';
import { createCorruptIssue, createIssue } from './create-issue';
import type { ReadLimits } from './read-limits';

export interface ZipEntryInfo {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** Entries smaller than this are never called bombs: small XML parts compress very well. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/**
 * Checks an Office zip container before any library unpacks it: reads the central directory,
 * refuses a total uncompressed size or an entry's compression ratio over the limits (`zip-bomb`),
 * then inflates every XML part with an output cap equal to its declared size (so a lying header
 * cannot inflate further) and refuses DOCTYPE/ENTITY declarations (`xml-entities`).
 * Returns no issues when the container is safe to hand to mammoth or exceljs.
 */
export function inspectZip(bytes: Uint8Array, limits: Required<ReadLimits>, kindLabel: string): ImportIssue[] {
  let entries: ZipEntryInfo[];
  try {
    entries = readCentralDirectory(bytes);
  } catch (error) {
    return [createCorruptIssue(kindLabel, describe(error))];
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (total > limits.maxUncompressedBytes || (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio)) {
      return [createZipBombIssue(entry, limits)];
    }
  }
  for (const entry of entries) {
    if (!/\.(xml|rels|vml)$/i.test(entry.name)) continue;
    let data: Uint8Array;
    try {
      data = extractEntry(bytes, entry);
    } catch (error) {
      if (error instanceof RangeError) return [createZipBombIssue(entry, limits)];
      return [createCorruptIssue(kindLabel, `${entry.name}: ${describe(error)}`)];
    }
    if (containsDeclaration(data)) {
      return [
        createIssue(
          'xml-entities',
          'error',
          `文件内部的 XML（${entry.name}）含有 DOCTYPE/ENTITY 声明，可能是实体膨胀攻击，已拒绝读取。正常的 Word/Excel 文件不会包含这类声明；请用 WPS/Word/Excel 打开后另存再导入。`,
          {},
          entry.name,
        ),
      ];
    }
  }
  return [];
}

export function readCentralDirectory(bytes: Uint8Array): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const zip64 = readZip64End(view, eocd);
    count = zip64.count;
    offset = zip64.offset;
  }
  const entries: ZipEntryInfo[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new Error('中央目录不完整');
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameStart = offset + 46;
    if (nameStart + nameLength + extraLength > view.byteLength) throw new Error('中央目录不完整');
    const name = new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength));
    let compressedSize = view.getUint32(offset + 20, true);
    let uncompressedSize = view.getUint32(offset + 24, true);
    let localHeaderOffset = view.getUint32(offset + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const sizes = readZip64Extra(view, nameStart + nameLength, extraLength, {
        uncompressedSize,
        compressedSize,
        localHeaderOffset,
      });
      ({ compressedSize, uncompressedSize, localHeaderOffset } = sizes);
    }
    entries.push({ name, method: view.getUint16(offset + 10, true), compressedSize, uncompressedSize, localHeaderOffset });
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

function extractEntry(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw new Error('本地文件头缺失');
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) throw new Error('数据被截断');
  const raw = bytes.subarray(dataStart, dataEnd);
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new Error(`不支持的压缩方式 ${entry.method}`);
  // maxOutputLength makes zlib throw a RangeError instead of inflating past the declared size.
  return inflateRawSync(raw, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  throw new Error('找不到 zip 目录（文件可能被截断）');
}

function readZip64End(view: DataView, eocd: number): { count: number; offset: number } {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) throw new Error('zip64 目录缺失');
  const end = Number(view.getBigUint64(locator + 8, true));
  if (end + 56 > view.byteLength || view.getUint32(end, true) !== ZIP64_EOCD_SIGNATURE) throw new Error('zip64 目录缺失');
  return { count: Number(view.getBigUint64(end + 32, true)), offset: Number(view.getBigUint64(end + 48, true)) };
}

function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  sizes: { uncompressedSize: number; compressedSize: number; localHeaderOffset: number },
): { uncompressedSize: number; compressedSize: number; localHeaderOffset: number } {
  const result = { ...sizes };
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = (): number => {
        const value = Number(view.getBigUint64(q, true));
        q += 8;
        return value;
      };
      if (result.uncompressedSize === 0xffffffff) result.uncompressedSize = next();
      if (result.compressedSize === 0xffffffff) result.compressedSize = next();
      if (result.localHeaderOffset === 0xffffffff) result.localHeaderOffset = next();
      return result;
    }
    p += 4 + size;
  }
  throw new Error('zip64 扩展字段缺失');
}

/** Looks for `<!DOCTYPE` or `<!ENTITY` anywhere (an internal subset may be long). */
function containsDeclaration(data: Uint8Array): boolean {
  const marker = [0x3c, 0x21]; // "<!"
  for (let i = data.indexOf(marker[0] as number); i >= 0; i = data.indexOf(marker[0] as number, i + 1)) {
    if (data[i + 1] !== marker[1]) continue;
    const word = String.fromCharCode(...data.subarray(i + 2, i + 9)).toUpperCase();
    if (word.startsWith('DOCTYPE') || word.startsWith('ENTITY')) return true;
  }
  return false;
}

function createZipBombIssue(entry: ZipEntryInfo, limits: Required<ReadLimits>): ImportIssue {
  return createIssue(
    'zip-bomb',
    'error',
    `压缩包内容异常：部件 ${entry.name} 声明解压后 ${formatSize(entry.uncompressedSize)}（压缩后 ${formatSize(entry.compressedSize)}），` +
      `超过允许的解压总量 ${formatSize(limits.maxUncompressedBytes)}、压缩比 ${limits.maxCompressionRatio}:1 或声明的大小，疑似压缩炸弹，已拒绝读取。`,
    {},
    entry.name,
  );
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} 字节`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
