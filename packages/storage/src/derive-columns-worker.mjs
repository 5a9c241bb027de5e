// Worker thread of bulkInsertProjectStream: computes the costly derived columns (pre-review grade,
// score, finding count; canonical JSON) of each batch it is sent, one reply per batch. Plain
// JavaScript so it starts without a loader; it registers tsx itself (the workspace packages export
// their TypeScript sources), like bin/jixiao.mjs. Projects arrive as one JSON string (cheaper for
// the sending thread than structured cloning the object graphs).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { deriveProjectColumns } = await import('./to-project-columns.ts');
parentPort.on('message', ({ seq, json }) => {
  try {
    parentPort.postMessage({ seq, derived: JSON.parse(json).map(deriveProjectColumns) });
  } catch (error) {
    parentPort.postMessage({ seq, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
