import { decodeText, detectFileKind, type CellDocument } from '@jixiao/core';
import { createIssue } from './create-issue';
import { createLegacyIssue } from './create-legacy-issue';
import { readDocx } from './read-docx';
import { readHtml } from './read-html';
import { resolveReadLimits, type ReadLimits } from './read-limits';
import { readPdfIsolated } from './read-pdf-isolated';
import { readText } from './read-text';
import { readXlsx } from './read-xlsx';

/**
 * Reads any supported document into a CellDocument, choosing the reader by the file's magic bytes
 * first and its extension second. Never throws on bad input: oversize, corrupt, legacy, binary
 * and hostile files come back as a document without rows and an issue explaining why.
 */
export async function readDocument(bytes: Uint8Array, fileName: string, limits?: ReadLimits): Promise<CellDocument> {
  const limit = resolveReadLimits(limits);
  const kind = detectFileKind(bytes, fileName);
  if (bytes.length > limit.maxInputBytes) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    return {
      format: documentFormatOf(kind),
      rows: [],
      issues: [createIssue('file-too-large', 'error', `文件大小 ${mb(bytes.length)} MB，超过允许的 ${mb(limit.maxInputBytes)} MB，未导入。请拆分文件后分别导入。`, {}, fileName)],
    };
  }
  try {
    switch (kind) {
      case 'txt':
        return readText(bytes, limit);
      case 'html': {
        const decoded = decodeText(bytes);
        const doc = readHtml(decoded.text, limit);
        return { ...doc, issues: [...decoded.issues, ...doc.issues] };
      }
      case 'docx':
        return await readDocx(bytes, limit);
      case 'xlsx':
        return await readXlsx(bytes, limit);
      case 'pdf':
        return await readPdfIsolated(bytes, limit);
      case 'legacy-doc':
      case 'legacy-xls':
        return { format: documentFormatOf(kind), rows: [], issues: [createLegacyIssue(kind, fileName)] };
      case 'zip-other':
        return {
          format: 'txt',
          rows: [],
          issues: [createIssue('unsupported-format', 'error', '这是一个压缩包，但不是 Word（.docx）或 Excel（.xlsx）文件。请解压后逐个导入其中的文档。', {}, fileName)],
        };
      case 'binary':
        return {
          format: 'txt',
          rows: [],
          issues: [createIssue('binary-file', 'error', '文件不是文本文档，也不是支持的 Word/Excel/PDF/网页格式，无法导入。', {}, fileName)],
        };
    }
  } catch (error) {
    // Readers turn known failures into issues; this is the net for a library's unexpected throw.
    return {
      format: documentFormatOf(kind),
      rows: [],
      issues: [createIssue('corrupt-file', 'error', '读取文件时出错，文件可能已损坏或格式不受支持。请用原软件打开并另存后再导入。', {}, error instanceof Error ? error.message : String(error))],
    };
  }
}

function documentFormatOf(kind: ReturnType<typeof detectFileKind>): CellDocument['format'] {
  switch (kind) {
    case 'docx':
    case 'legacy-doc':
      return 'docx';
    case 'xlsx':
    case 'legacy-xls':
      return 'xlsx';
    case 'html':
      return 'html';
    case 'pdf':
      return 'pdf';
    default:
      return 'txt';
  }
}
