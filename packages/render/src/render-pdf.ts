import type { LayoutView } from '@jixiao/core';
import { renderHtml } from './render-html';
import { openPdfRenderer, type PdfRenderer } from './pdf-renderer';

export interface RenderPdfOptions {
  /** An open renderer to reuse (batches); otherwise one Chromium is launched and closed. */
  readonly renderer?: PdfRenderer;
  readonly executablePath?: string;
}

/** Prints HTML (or views, rendered with renderHtml) to an A4 PDF through Chromium. */
export async function renderPdf(input: string | LayoutView | readonly LayoutView[], opts: RenderPdfOptions = {}): Promise<Uint8Array> {
  const html = typeof input === 'string' ? input : renderHtml(input);
  if (opts.renderer) return opts.renderer.printHtml(html);
  const renderer = await openPdfRenderer(opts.executablePath ? { executablePath: opts.executablePath } : {});
  try {
    return await renderer.printHtml(html);
  } finally {
    await renderer.close();
  }
}
