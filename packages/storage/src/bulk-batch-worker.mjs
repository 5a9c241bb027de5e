// Worker thread of bulkInsertProjectStream: turns batches of projects into encoded batches ready to
// write (ids, natural keys, pre-review grade, canonical JSON, indicator rows, then COPY bytes or
// SQLite values), so the writing thread only writes. The batches come either from the
// writing thread (one JSON string per batch) or from a source module this worker imports and runs
// itself (`workerData.source`), in which case it runs ahead by at most `workerData.window` batches
// and waits for a `more` message per batch written. Plain JavaScript so it starts without a loader;
// it registers tsx itself (the workspace packages export their TypeScript sources), like bin/jixiao.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { buildBulkRows } = await import('./bulk-insert-projects.ts');
const { encodeBulkBatch, transferListOf } = await import('./encode-bulk-batch.ts');
const { runBatchSource } = await import('./worker-batch-source.ts');
const { format, actor, at, source, window, skip } = workerData;

const message = (error) => (error instanceof Error ? error.message : String(error));
function send(items) {
  const batch = encodeBulkBatch(buildBulkRows(items, actor, at), format);
  parentPort.postMessage({ batch }, transferListOf(batch));
}

if (source) {
  let credits = window;
  let wake = null;
  parentPort.on('message', (m) => {
    if (m.more) {
      credits++;
      wake?.();
    }
  });
  try {
    let index = 0;
    for await (const items of await runBatchSource(source)) {
      // The writing thread wrote the first `skip` batches itself while this worker started.
      if (index++ < skip) continue;
      while (credits === 0) await new Promise((resolve) => (wake = resolve));
      credits--;
      send(items);
    }
    parentPort.postMessage({ done: true });
  } catch (error) {
    parentPort.postMessage({ error: message(error) });
  }
} else {
  parentPort.on('message', ({ json }) => {
    try {
      send(JSON.parse(json));
    } catch (error) {
      parentPort.postMessage({ error: message(error) });
    }
  });
}
