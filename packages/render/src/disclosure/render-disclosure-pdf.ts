import type { GeneratedDisclosure } from '@jixiao/core';
import { renderPdf, type RenderPdfOptions } from '../render-pdf';
import { renderDisclosureHtml } from './render-disclosure-html';

/** The disclosure printed to PDF through Chromium: A4 portrait narrative, landscape pages for wide tables. */
export async function renderDisclosurePdf(d: GeneratedDisclosure, opts: RenderPdfOptions = {}): Promise<Uint8Array> {
  return renderPdf(renderDisclosureHtml(d), opts);
}
