import { renderPdf, type RenderPdfOptions } from '../render-pdf';
import { renderMonitoringHtml } from './render-monitoring-html';
import type { MonitoringSheet } from './monitoring-sheet';

/** The monitoring table printed to PDF through Chromium. */
export async function renderMonitoringPdf(sheet: MonitoringSheet, opts: RenderPdfOptions = {}): Promise<Uint8Array> {
  return renderPdf(renderMonitoringHtml(sheet), opts);
}
