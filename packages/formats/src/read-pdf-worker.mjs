// Worker-thread entry of readPdfIsolated: reads PDFs with readPdf (through tsx, like the CLI), one
// message at a time, and posts each CellDocument back. The parent terminates it at a time budget.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { readPdf } = await import('./read-pdf.ts');
parentPort.on('message', async ({ id, bytes, limits }) => {
  try {
    parentPort.postMessage({ id, doc: await readPdf(bytes, limits) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
