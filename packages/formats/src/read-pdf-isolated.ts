import { Worker } from 'node:worker_threads';
import type { CellDocument } from '@jixiao/core';
import { createCorruptIssue, createIssue } from './create-issue';
import { pdfTimeBudgetMs, resolveReadLimits, type ReadLimits } from './read-limits';

/** Heap allowed to the worker that reads PDFs, in MB. */
export const PDF_WORKER_HEAP_MB = 512;
/** Time the worker may take to start (load tsx, pdf.js) before a read is given up. */
const WORKER_START_MS = 60_000;

interface Reply {
  readonly id?: number;
  readonly ready?: boolean;
  readonly doc?: CellDocument;
  readonly error?: string;
}

interface PdfWorker {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  /** The pending read's callback (one read at a time). */
  pending: ((reply: Reply | Error) => void) | null;
}

let current: PdfWorker | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;

/** The shared worker, started on first use; referenced only while a read is in flight, so an idle worker never keeps a process alive. */
function pdfWorker(): PdfWorker {
  if (current) return current;
  const worker = new Worker(new URL('./read-pdf-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: PDF_WORKER_HEAP_MB } });
  let markReady!: () => void;
  let failStart!: (e: Error) => void;
  const entry: PdfWorker = { worker, ready: new Promise<void>((ok, ko) => ((markReady = ok), (failStart = ko))), pending: null };
  entry.ready.catch(() => undefined);
  worker.on('message', (m: Reply) => {
    if (m.ready) markReady();
    else entry.pending?.(m);
  });
  const gone = (e: Error): void => {
    if (current === entry) current = null;
    failStart(e);
    entry.pending?.(e);
  };
  worker.on('error', gone);
  worker.on('exit', (code) => gone(Object.assign(new Error(`PDF 读取线程退出（${code}）`), { code: 'EXIT' })));
  // After the listeners: attaching a 'message' listener refs the worker's port again.
  worker.unref();
  current = entry;
  return entry;
}

function retire(entry: PdfWorker): void {
  if (current === entry) current = null;
  void entry.worker.terminate();
}

/**
 * readPdf in a worker thread, with a hard time budget (the budget readPdf gives itself: 50 ms per
 * KB, at least 3 s, at most `maxPdfMillis`, plus 2 s) and a bounded heap. pdf.js interprets
 * content streams in long synchronous slices that no timer can interrupt (a million tiny text runs
 * keep it busy for many seconds); in a worker they neither block the server's event loop nor
 * outlive the budget: the worker is terminated (a fresh one serves the next read) and the document
 * comes back empty with an issue saying why. Reads are served one at a time.
 */
export function readPdfIsolated(bytes: Uint8Array, limits?: ReadLimits): Promise<CellDocument> {
  const run = queue.then(() => readInWorker(bytes, limits));
  queue = run.catch(() => undefined);
  return run;
}

async function readInWorker(bytes: Uint8Array, limits?: ReadLimits): Promise<CellDocument> {
  const limit = resolveReadLimits(limits);
  const budgetMs = pdfTimeBudgetMs(bytes.length, limit) + 2_000;
  const entry = pdfWorker();
  entry.worker.ref();
  try {
    return await readWith(entry, bytes, limit, budgetMs);
  } finally {
    entry.worker.unref();
  }
}

async function readWith(entry: PdfWorker, bytes: Uint8Array, limit: ReturnType<typeof resolveReadLimits>, budgetMs: number): Promise<CellDocument> {
  let startTimer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([entry.ready, new Promise((_, ko) => (startTimer = setTimeout(() => ko(new Error('PDF 读取线程启动超时')), WORKER_START_MS)))]);
  } catch (e) {
    retire(entry);
    return { format: 'pdf', rows: [], issues: [createCorruptIssue('PDF', e instanceof Error ? e.message : String(e))] };
  } finally {
    clearTimeout(startTimer);
  }
  const id = nextId++;
  return new Promise<CellDocument>((resolveDocument) => {
    const finish = (doc: CellDocument): void => {
      clearTimeout(timer);
      entry.pending = null;
      resolveDocument(doc);
    };
    const timer = setTimeout(() => {
      retire(entry);
      finish({
        format: 'pdf',
        rows: [],
        issues: [createIssue('pdf-timeout', 'error', `读取 PDF 超过 ${(budgetMs / 1000).toFixed(0)} 秒的时限，已停止读取。文件可能异常（如含有大量细碎文字），请用原软件另存为 PDF 或 Word 后再导入。`)],
      });
    }, budgetMs);
    entry.pending = (reply) => {
      if (reply instanceof Error) {
        retire(entry);
        const oom = (reply as Error & { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish({
          format: 'pdf',
          rows: [],
          issues: [oom ? createIssue('file-too-large', 'error', `读取 PDF 所需内存超过 ${PDF_WORKER_HEAP_MB} MB，已停止读取。文件可能异常，请拆分或另存后再导入。`) : createCorruptIssue('PDF', reply.message)],
        });
      } else if (reply.id === id) {
        finish(reply.doc ?? { format: 'pdf', rows: [], issues: [createCorruptIssue('PDF', reply.error ?? '')] });
      }
    };
    const copy = new Uint8Array(bytes);
    entry.worker.postMessage({ id, bytes: copy, limits: limit }, [copy.buffer]);
  });
}
