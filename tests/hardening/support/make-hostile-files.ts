import { deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';

/**
 * A one-page PDF whose content stream (Flate-compressed) draws `runs` one-character text runs,
 * each at its own position: tiny on disk, a million text items for the reader.
 */
export function makePdfWithTextRuns(runs: number): Uint8Array {
  // Rows of 250 runs, each 2.4 pt right of the previous one (never merged: a gap of a space),
  // then back to the start of the next row; the repeating pattern deflates to almost nothing.
  const row = `${'2.4 0 Td (x) Tj '.repeat(250)}-600 -3 Td\n`;
  const rows = Math.ceil(runs / 250);
  const text = `BT /F1 1 Tf 10 830 Td\n${row.repeat(rows)}ET`;
  const stream = deflateSync(Buffer.from(text, 'latin1'), { level: 6 });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  const push = (b: Buffer): void => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((body, i) => {
    offsets.push(length);
    push(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1'));
  });
  offsets.push(length);
  push(Buffer.concat([Buffer.from(`5 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), stream, Buffer.from('\nendstream\nendobj\n', 'latin1')]));
  const xref = length;
  push(Buffer.from(`xref\n0 6\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/** HTML nested `depth` levels deep (tables in cells, or plain divs), with a cell of text at the bottom. */
export function makeDeeplyNestedHtml(depth: number, tag: 'table' | 'div'): Uint8Array {
  const open = tag === 'table' ? '<table><tr><td>' : '<div>';
  const close = tag === 'table' ? '</td></tr></table>' : '</div>';
  return new TextEncoder().encode(`<html><body>${open.repeat(depth)}项目名称 深层嵌套${close.repeat(depth)}</body></html>`);
}

/** A .docx whose document.xml inflates `ratio`-fold (compressible padding inside a paragraph). */
export function makeHugeRatioDocx(uncompressedBytes: number): Uint8Array {
  const pad = ' '.repeat(uncompressedBytes);
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">项目名称${pad}</w:t></w:r></w:p></w:body></w:document>`;
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  return zipSync(
    {
      '[Content_Types].xml': enc('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      '_rels/.rels': enc('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
      'word/document.xml': enc(xml),
    },
    { level: 9 },
  );
}
