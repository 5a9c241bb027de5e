import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CellDocument, ImportIssue } from '@jixiao/core';
import { createCorruptIssue, createIssue, createTruncatedIssue } from './create-issue';
import { createRowSink } from './create-row-sink';
import { foldCjkRadicals } from '@jixiao/core';
import { groupPdfLines, type PdfTextItem } from './group-pdf-lines';
import { pdfTimeBudgetMs, resolveReadLimits, type ReadLimits } from './read-limits';

interface PdfTextContentItem {
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
}

/**
 * Reads the text layer of a PDF with pdf.js (legacy build, with the packed CMaps and standard fonts
 * that CJK text needs). Lines and cells are rebuilt from item positions (see groupPdfLines); each
 * line is a Row with loc.page and loc.line (the line on its page). CJK radical look-alikes that PDF
 * text layers put in place of ideographs (⽬ for 目, ⺠ for 民, ⻔ for 门) are folded back with
 * foldCjkRadicals, which NFKC alone cannot do for the supplement block; nothing else is changed
 * (full-width forms stay for the recogniser's NFKC). A PDF without text
 * gives a `no-text-layer` issue; a broken one `corrupt-file`; an encrypted one `encrypted-file`.
 */
export async function readPdf(bytes: Uint8Array, limits?: ReadLimits): Promise<CellDocument> {
  const limit = resolveReadLimits(limits);
  const issues: ImportIssue[] = [];
  const sink = createRowSink(limit.maxRows);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${join(root, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      issues.push(createIssue('encrypted-file', 'error', 'PDF 文件设置了打开密码，无法读取。请去除密码后再导入。'));
    } else {
      issues.push(createCorruptIssue('PDF', error instanceof Error ? error.message : String(error)));
    }
    return { format: 'pdf', rows: [], issues };
  }
  let textChars = 0;
  let brokenPages = 0;
  // Text items are streamed and counted, so that a page of a million tiny runs is cut off early
  // instead of being materialised whole (time and memory stay bounded).
  let itemsLeft = limit.maxPdfTextItems;
  let itemsCut = false;
  // The time budget: pdf.js interprets content streams on this thread, yielding now and then; a
  // timer racing each read ends the work at the budget (doc.destroy() below stops the worker).
  const budgetMs = pdfTimeBudgetMs(bytes.length, limit);
  const deadline = performance.now() + budgetMs;
  let timeCut = false;
  try {
    const pages = Math.min(doc.numPages, limit.maxPdfPages);
    for (let pageNumber = 1; pageNumber <= pages && !sink.truncated && !itemsCut && !timeCut; pageNumber++) {
      const items: PdfTextItem[] = [];
      try {
        const page = await doc.getPage(pageNumber);
        const reader = page.streamTextContent().getReader();
        for (;;) {
          const chunk = await readBefore(reader, deadline);
          if (chunk === 'timeout') {
            // Not reader.cancel(): pdf.js would later close the cancelled stream and throw outside
            // any promise. Destroying the document (below) terminates the worker task instead.
            timeCut = true;
            break;
          }
          if (chunk.done) break;
          for (const item of (chunk.value as { items: PdfTextContentItem[] }).items) {
            if (typeof item.str !== 'string') continue;
            if (itemsLeft-- <= 0) {
              itemsCut = true;
              break;
            }
            items.push(toTextItem(item));
          }
          if (itemsCut) {
            await reader.cancel().catch(() => undefined);
            break;
          }
        }
        page.cleanup();
      } catch {
        brokenPages++;
        continue;
      }
      groupPdfLines(items).forEach((cells, index) => {
        textChars += cells.join('').length;
        sink.push(cells, { page: pageNumber, line: index + 1 });
      });
    }
    if (timeCut) {
      issues.push(createIssue('truncated', 'warning', `读取 PDF 文字超过 ${(budgetMs / 1000).toFixed(0)} 秒的时限，只读取了已读到的部分。文件可能异常（如含有大量细碎文字），请核对或另存后再导入。`));
    }
    if (itemsCut) {
      issues.push(createIssue('truncated', 'warning', `PDF 中的文字片段超过 ${limit.maxPdfTextItems} 个，只读取了前 ${limit.maxPdfTextItems} 个。文件可能异常，请核对或另存后再导入。`));
    }
    if (doc.numPages > limit.maxPdfPages) {
      issues.push(createIssue('truncated', 'warning', `PDF 共 ${doc.numPages} 页，只读取了前 ${limit.maxPdfPages} 页。请拆分文件后分别导入。`));
    }
  } finally {
    await doc.destroy().catch(() => undefined);
  }
  if (sink.truncated) issues.push(createTruncatedIssue(limit.maxRows));
  if (brokenPages > 0) {
    issues.push(createCorruptIssue('PDF', `${brokenPages} 页无法读取`));
  } else if (!hasEndMarker(bytes)) {
    issues.push(createIssue('corrupt-file', 'warning', 'PDF 文件不完整（缺少文件结尾，可能下载或复制时被截断），只读取了能读到的部分，请核对或重新获取原文件。'));
  }
  if (textChars === 0 && brokenPages === 0) {
    issues.push(
      createIssue('no-text-layer', 'error', 'PDF 中没有可提取的文字（可能是扫描件或图片），需要先做 OCR 文字识别（如用 WPS/Acrobat 的“OCR 识别”或扫描全能王导出文字版），再导入识别后的文件。'),
    );
  }
  return { format: 'pdf', rows: sink.rows, issues };
}

/** The next chunk of a text stream, or 'timeout' when the deadline passes first. */
async function readBefore<T>(reader: ReadableStreamDefaultReader<T>, deadline: number): Promise<ReadableStreamReadResult<T> | 'timeout'> {
  const left = deadline - performance.now();
  if (left <= 0) return 'timeout';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolveTimeout) => (timer = setTimeout(() => resolveTimeout('timeout'), left)));
  try {
    return await Promise.race([reader.read(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function toTextItem(item: PdfTextContentItem): PdfTextItem {
  const t = item.transform ?? [1, 0, 0, 1, 0, 0];
  const fontSize = Math.hypot(t[2] ?? 0, t[3] ?? 0) || item.height || 10;
  return { text: foldCjkRadicals(item.str ?? ''), x: t[4] ?? 0, y: t[5] ?? 0, width: item.width ?? 0, fontSize };
}

/** A complete PDF ends with `%%EOF` (possibly followed by a little whitespace or garbage). */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes('%%EOF');
}
