import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectZip, readCentralDirectory } from './inspect-zip';
import { resolveReadLimits } from './read-limits';

/** A one-entry zip whose headers may declare a false uncompressed size. */
function makeZip(name: string, data: Buffer, declaredSize = data.length): Buffer {
  const body = deflateRawSync(data);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(8, 8); local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(body.length, 18); local.writeUInt32LE(declaredSize, 22); local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(8, 10); central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(body.length, 20); central.writeUInt32LE(declaredSize, 24); central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12); end.writeUInt32LE(30 + nameBytes.length + body.length, 16);
  return Buffer.concat([local, nameBytes, body, central, nameBytes, end]);
}

describe('inspectZip', () => {
  const limits = resolveReadLimits();

  it('accepts a plain container and lists its entries', () => {
    const zip = makeZip('xl/workbook.xml', Buffer.from('<workbook/>'));
    expect(inspectZip(zip, limits, 'Excel')).toEqual([]);
    expect(readCentralDirectory(zip)).toMatchObject([{ name: 'xl/workbook.xml', uncompressedSize: 11 }]);
  });

  it('catches an entry that inflates past its declared size', () => {
    const zip = makeZip('xl/worksheets/sheet1.xml', Buffer.alloc(2_000_000, 0x20), 1000);
    expect(inspectZip(zip, limits, 'Excel').map((i) => i.code)).toEqual(['zip-bomb']);
  });

  it('refuses DOCTYPE and ENTITY declarations in XML parts', () => {
    const zip = makeZip('word/document.xml', Buffer.from('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "y">]><d>&x;</d>'));
    expect(inspectZip(zip, limits, 'Word').map((i) => i.code)).toEqual(['xml-entities']);
  });

  it('reports a container without a central directory as corrupt', () => {
    const zip = makeZip('word/document.xml', Buffer.from('<d/>'));
    expect(inspectZip(zip.subarray(0, zip.length - 30), limits, 'Word').map((i) => i.code)).toEqual(['corrupt-file']);
  });
});
