import type { CellDocument } from '@jixiao/core';
import { createCorruptIssue } from './create-issue';
import { inspectZip } from './inspect-zip';
import { readHtml } from './read-html';
import { resolveReadLimits, type ReadLimits } from './read-limits';

/**
 * Reads a Word .docx: checks the zip container (size, bomb, XML entities), converts it to HTML with
 * mammoth (which keeps paragraphs and tables in document order and turns merged cells into
 * rowspan/colspan) and reads that HTML. A paragraph's loc.line is its ordinal number; a table
 * row's loc.cell is `表N 第R行第1列`.
 */
export async function readDocx(bytes: Uint8Array, limits?: ReadLimits): Promise<CellDocument> {
  const limit = resolveReadLimits(limits);
  const refused = inspectZip(bytes, limit, 'Word（.docx）');
  if (refused.length > 0) return { format: 'docx', rows: [], issues: refused };
  let html: string;
  try {
    // Loaded on first use: commands that never read a .docx (and the generator) start faster.
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images carry no text: drop them rather than inline them as base64; never follow external links.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    return { format: 'docx', rows: [], issues: [createCorruptIssue('Word（.docx）', error instanceof Error ? error.message : String(error))] };
  }
  return readHtml(html, limit, { format: 'docx', lineNumbers: 'block' });
}
