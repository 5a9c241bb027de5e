import { renderPdf, type RenderPdfOptions } from '../render-pdf';
import { renderSelfEvaluationHtml } from './render-self-evaluation-html';
import type { SelfEvaluationSheet } from './self-evaluation-sheet';

/** The 项目支出绩效自评表 as an A4 landscape PDF through Chromium. */
export async function renderSelfEvaluationPdf(sheet: SelfEvaluationSheet, opts: RenderPdfOptions = {}): Promise<Uint8Array> {
  return renderPdf(renderSelfEvaluationHtml(sheet), opts);
}
